using FluentAssertions;
using IntegrationConcept.Model;
using Xunit;

namespace IntegrationConcept.Suggestions.Tests;

public sealed class LinkApplierTests
{
    private static readonly CityConcept Concept = TestConcepts.Trier();

    private static ElementId<Goal> G(string id) => new(id);

    [Fact]
    public void Apply_ConfirmedGoalLink_MakesTheDistrictGoalRefineTheCityGoal()
    {
        var plan = TestConcepts.Plan();
        var suggestion = new LinkSuggester(Concept).Suggest(plan).Single(s => s.SubjectId == "EQ-5");

        var linked = LinkApplier.Apply(plan, Concept, [suggestion.Confirm(G("BS-1"))]);

        var goal = linked.Goals[new ElementId<DistrictGoal>("EQ-5")];
        goal.RefinedGoalIds.Should().Equal(G("BS-1"));
        goal.IsDistrictSpecific.Should().BeFalse();
        goal.ActionFieldId.Should().Be(new ElementId<ActionField>("BS"));
        plan.Goals[new ElementId<DistrictGoal>("EQ-5")].IsDistrictSpecific.Should().BeTrue("the original plan is unchanged");
    }

    [Fact]
    public void Apply_ConfirmedMeasureLink_ServesTheDistrictGoalThatAlreadyRefinesTheCityGoal()
    {
        var plan = TestConcepts.Plan();

        var linked = LinkApplier.Apply(plan, Concept, [new ConfirmedLink(SuggestionSubjectKind.Measure, "M-05", G("WLS-1"))]);

        linked.Measures[new ElementId<Measure>("M-05")].GoalIds.Should().Equal(new ElementId<DistrictGoal>("EQ-1"));
        linked.Goals.Count.Should().Be(plan.Goals.Count);
    }

    [Fact]
    public void Apply_ConfirmedMeasureLinkWithoutADistrictGoal_CreatesOne()
    {
        var linked = LinkApplier.Apply(TestConcepts.Plan(), Concept, [new ConfirmedLink(SuggestionSubjectKind.Measure, "M-11", G("AAW-2"))]);

        var created = linked.Goals[new ElementId<DistrictGoal>("Z-AAW-2")];
        created.RefinedGoalIds.Should().Equal(G("AAW-2"));
        created.Text.Should().Be("Jugendliche beim Übergang von der Schule in die Ausbildung begleiten");
        linked.Measures[new ElementId<Measure>("M-11")].GoalIds.Select(g => g.Value).Should().Equal("EQ-7", "Z-AAW-2");
    }

    [Fact]
    public void Apply_NoLinks_GivesAnEqualPlan()
        => LinkApplier.Apply(TestConcepts.Plan(), Concept, []).Should().Be(TestConcepts.Plan());

    [Fact]
    public void Apply_TheSameLinkTwice_LinksOnce()
    {
        var link = new ConfirmedLink(SuggestionSubjectKind.DistrictGoal, "EQ-7", G("WLS-2"));

        var linked = LinkApplier.Apply(TestConcepts.Plan(), Concept, [link, link]);

        linked.Goals[new ElementId<DistrictGoal>("EQ-7")].RefinedGoalIds.Should().Equal(G("WLS-2"));
    }

    [Theory]
    [InlineData(SuggestionSubjectKind.DistrictGoal, "EQ-99", "BS-1", "district goal 'EQ-99'")]
    [InlineData(SuggestionSubjectKind.Measure, "M-99", "BS-1", "measure 'M-99'")]
    [InlineData(SuggestionSubjectKind.DistrictGoal, "EQ-5", "XX-1", "city goal 'XX-1'")]
    public void Apply_UnknownElement_IsNamed(SuggestionSubjectKind kind, string subject, string goal, string expected)
    {
        var act = () => LinkApplier.Apply(TestConcepts.Plan(), Concept, [new ConfirmedLink(kind, subject, G(goal))]);

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain(expected);
    }

    [Fact]
    public void Confirm_GoalThatIsNoCandidate_IsRefused()
    {
        var suggestion = new LinkSuggester(Concept).Suggest(TestConcepts.Plan()).Single(s => s.SubjectId == "EQ-5");

        var act = () => suggestion.Confirm(G("AAW-1"));

        act.Should().Throw<ArgumentException>().Which.Message.Should().Contain("'AAW-1' is not a candidate for EQ-5");
    }

    [Fact]
    public void ConfirmedLink_BlankSubject_IsRefused()
    {
        var act = () => new ConfirmedLink(SuggestionSubjectKind.Measure, " ", G("BS-1"));

        act.Should().Throw<ArgumentException>().WithParameterName("subjectId");
    }
}
