using FluentAssertions;
using IntegrationConcept.Changes;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;
using IntegrationConcept.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Changes;

public sealed class ConceptUpdateImpactTests
{
    private static CityConceptBuilder Draft()
        => new CityConceptBuilder("Integrationskonzept", new Municipality("Trier"), new ConceptVersion("Entwurf 2011", ConceptStatus.Draft))
            .AddPrinciple("G-1", "Beteiligung")
            .AddPrinciple("G-2", "Interkulturelle Öffnung")
            .AddPrinciple("G-3", "Sozialraumorientierung")
            .AddActionField("BS", "Bildung und Sprache")
            .AddActionField("WL", "Wohnen und Leben im Stadtteil")
            .AddGoal("BS-1", "BS", "Sprachförderung in der Kita")
            .AddGoal("BS-2", "BS", "Elternarbeit")
            .AddGoal("WL-1", "BS", "Begegnung im Stadtteil")
            .AddGoal("WL-2", "WL", "Vereine öffnen sich");

    private static CityConcept Adopted()
        => new CityConceptBuilder("Integrationskonzept", new Municipality("Trier"), new ConceptVersion("Beschluss 2011", ConceptStatus.Adopted, new LocalDate(2011, 12, 13), "Stadtrat"))
            .AddPrinciple("G-1", "Beteiligung")
            .AddPrinciple("G-2", "Interkulturelle Öffnung der Verwaltung")
            .AddPrinciple("G-4", "Gleichstellung")
            .AddActionField("BS", "Bildung und Sprache")
            .AddActionField("WL", "Wohnen und Leben im Stadtteil")
            .AddGoal("BS-1", "BS", "Sprachförderung in der Kita so früh wie möglich")
            .AddGoal("WL-1", "WL", "Begegnung im Stadtteil")
            .AddGoal("WL-2", "WL", "Vereine öffnen sich")
            .AddGoal("WL-3", "WL", "Probemitgliedschaften in Vereinen")
            .Build();

    private static DistrictPlan Plan(string district, Action<DistrictPlanBuilder> configure)
    {
        var builder = new DistrictPlanBuilder("Stadtteilkonzept " + district, new District(district), new ConceptReference("Trier", "Entwurf 2011"))
            .AddActor("nf", "Naturfreunde", ActorKind.Association);
        configure(builder);
        return builder.Build();
    }

    [Fact]
    public void Of_EachKindOfGoalEdit_IsReportedThroughTheConceptHistoryComputation()
    {
        var before = Draft().Build();
        var impact = ConceptUpdateImpact.Of(before, Adopted());

        impact.Goals.Should().Be(ConceptChanges.Compare("Entwurf 2011", before.Goals, "Beschluss 2011", Adopted().Goals));
        impact.Goals.Changes.Select(c => (c.Kind, c.GoalId.Value)).Should().Equal(
            (GoalChangeKind.Reworded, "BS-1"), (GoalChangeKind.Moved, "WL-1"), (GoalChangeKind.Added, "WL-3"), (GoalChangeKind.Removed, "BS-2"));
        impact.HasChanges.Should().BeTrue();
    }

    [Fact]
    public void Of_EachKindOfPrincipleEdit_IsReported()
    {
        var impact = ConceptUpdateImpact.Of(Draft().Build(), Adopted());

        impact.Principles.Select(c => (c.Kind, c.PrincipleId.Value)).Should().Equal(
            (PrincipleChangeKind.Reworded, "G-2"), (PrincipleChangeKind.Added, "G-4"), (PrincipleChangeKind.Removed, "G-3"));
        impact.Principles[0].Before!.Name.Should().Be("Interkulturelle Öffnung");
        impact.Principles[0].After!.Name.Should().Be("Interkulturelle Öffnung der Verwaltung");
    }

    [Fact]
    public void Of_DescriptionOnlyChange_IsAReworded()
    {
        var before = Draft().Build();
        var after = before.WithPrinciples([new Principle(new ElementId<Principle>("G-1"), "Beteiligung", "neu beschrieben"), before.Principles[1], before.Principles[2]]);

        ConceptUpdateImpact.Of(before, after).Principles.Should().ContainSingle().Which.Kind.Should().Be(PrincipleChangeKind.Reworded);
    }

    [Fact]
    public void Of_Plans_NameTheDistrictGoalsAndMeasuresToRevisit()
    {
        var ehrang = Plan("Ehrang/Quint", p => p
            .AddGoal("EQ-1", "Kinder lernen früh Deutsch", new[] { "BS-1" })
            .AddGoal("EQ-2", "Eltern werden beteiligt", new[] { "BS-2", "WL-1" })
            .AddGoal("EQ-3", "Vereine gewinnen Mitglieder", new[] { "WL-2" })
            .AddMeasure("M-1", "Reise um die Welt", m => m.Carrier("nf").Serves("EQ-1").Applies("G-1", "G-2", "G-3")));
        var trierWest = Plan("Trier-West", p => p.AddGoal("TW-1", "Vereine", new[] { "WL-2" }));

        var impact = ConceptUpdateImpact.Of(Draft().Build(), Adopted(), [ehrang, trierWest]);

        impact.Plans.Select(p => p.District).Should().Equal("Ehrang/Quint", "Trier-West");
        var plan = impact.Plans[0];
        plan.PlanConceptVersion.Should().Be("Entwurf 2011");
        plan.Goals.Select(g => (g.DistrictGoalId.Value, g.Change.GoalId.Value, g.Action)).Should().Equal(
            ("EQ-1", "BS-1", RevisitAction.CheckWording),
            ("EQ-2", "BS-2", RevisitAction.Reanchor),
            ("EQ-2", "WL-1", RevisitAction.CheckActionField));
        plan.Measures.Select(m => (m.MeasureId.Value, m.Change.PrincipleId.Value, m.Action)).Should().Equal(
            ("M-1", "G-2", RevisitAction.CheckPrinciple), ("M-1", "G-3", RevisitAction.ReplacePrinciple));
        plan.HasWork.Should().BeTrue();
        impact.Plans[1].HasWork.Should().BeFalse();
    }

    [Fact]
    public void Of_RewordedAndMovedGoal_GivesTwoRevisits()
    {
        var after = Draft().Build();
        after = after.WithGoals(after.Goals.Select(g => g.Id.Value == "BS-2" ? new Goal(g.Id, new ElementId<ActionField>("WL"), "Eltern im Stadtteil") : g));
        var plan = Plan("Ehrang/Quint", p => p.AddGoal("EQ-2", "Eltern", new[] { "BS-2" }));

        var impact = ConceptUpdateImpact.Of(Draft().Build(), after, [plan]);

        impact.Plans[0].Goals.Select(g => g.Action).Should().Equal(RevisitAction.CheckWording, RevisitAction.CheckActionField);
    }

    [Fact]
    public void Of_SameVersion_HasNoChanges()
    {
        var impact = ConceptUpdateImpact.Of(Draft().Build(), Draft().Build(), [TestDocuments.Plan()]);

        impact.HasChanges.Should().BeFalse();
        impact.Plans.Should().ContainSingle().Which.HasWork.Should().BeFalse();
    }

    [Fact]
    public void Of_TwiceOnEqualInput_IsValueEqual()
    {
        var plan = Plan("Ehrang/Quint", p => p.AddGoal("EQ-2", "Eltern", new[] { "BS-2" }));
        var impact = ConceptUpdateImpact.Of(Draft().Build(), Adopted(), [plan]);
        var same = ConceptUpdateImpact.Of(Draft().Build(), Adopted(), [plan]);
        var other = ConceptUpdateImpact.Of(Adopted(), Draft().Build(), [plan]);

        EqualityAssert.HasValueSemantics(impact, same, other);
        EqualityAssert.HasValueSemantics(impact.Plans[0], same.Plans[0], other.Plans[0]);
    }

    [Fact]
    public void Revisits_OfAnAddition_Throw()
    {
        var added = new GoalChange(GoalChangeKind.Added, new ElementId<Goal>("WL-3"), null, Adopted().Goals[3]);
        FluentActions.Invoking(() => new DistrictGoalRevisit(new ElementId<DistrictGoal>("EQ-1"), "t", added)).Should().Throw<ArgumentException>();
        var principle = new PrincipleChange(PrincipleChangeKind.Added, new ElementId<Principle>("G-4"), null, Adopted().Principles[2]);
        FluentActions.Invoking(() => new MeasureRevisit(new ElementId<Measure>("M-1"), "t", principle)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new PrincipleChange(PrincipleChangeKind.Removed, new ElementId<Principle>("G-4"), null, Adopted().Principles[2]))
            .Should().Throw<ArgumentException>().WithParameterName("kind");
    }
}
