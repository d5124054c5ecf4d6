using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Checking;

public sealed partial class CoverageCheckerTests
{
    private static readonly LocalDate Start = new(2013, 1, 1);
    private static readonly LocalDate End = new(2013, 12, 31);

    private static CityConcept ConceptWithBs2(string? parent = null)
        => TestDocuments.ConceptBuilder().AddGoal("BS-2", "BS", "Mehr Lehrkräfte mit Migrationshintergrund", parentId: parent).Build();

    [Fact]
    public void Check_RefinedAndOperational_Covered()
    {
        var plan = TestDocuments.PlanBuilder()
            .AddGoal("EQ-3", "Lehrkräfte gewinnen", new[] { "BS-2" }, new[] { "I-1" })
            .AddMeasure("M-3", "Mentoring", m => m.Carrier("beirat").Serves("EQ-3").Period(Start, End))
            .Build();

        var goal = TestDocuments.Check(plan, ConceptWithBs2()).FindGoal("BS-2")!;

        goal.Grade.Should().Be(CoverageGrade.Covered);
        goal.RefiningGoalIds.Select(g => g.Value).Should().Equal("EQ-3");
        goal.MissingCriteria.Should().BeEmpty();
    }

    [Fact]
    public void Check_NotRefined_Uncovered()
        => TestDocuments.Check(TestDocuments.Plan(), ConceptWithBs2()).FindGoal("BS-2")!.Grade.Should().Be(CoverageGrade.Uncovered);

    public static TheoryData<string, MissingCriterion[]> PartialCases => new()
    {
        { "no measure", new[] { MissingCriterion.Measure } },
        { "no carrier", new[] { MissingCriterion.Carrier } },
        { "no period", new[] { MissingCriterion.Period } },
        { "carrier and period on different measures", new[] { MissingCriterion.CarrierAndPeriod } },
        { "no indicator", new[] { MissingCriterion.Indicator } },
        { "no baseline", new[] { MissingCriterion.Baseline } },
        { "no target", new[] { MissingCriterion.Target } },
        { "baseline and target on different indicators", new[] { MissingCriterion.BaselineAndTarget } },
    };

    [Theory]
    [MemberData(nameof(PartialCases))]
    public void Check_RefinedButNotOperational_PartlyCoveredNamingTheMissingCriteria(string scenario, MissingCriterion[] expected)
    {
        var builder = TestDocuments.PlanBuilder()
            .AddIndicator("I-B", "nur Ausgangswert", IndicatorMeasureType.Quantitative, IndicatorDirection.Increase, i => i.Source("x").Baseline(Start, 1m))
            .AddIndicator("I-T", "nur Zielwert", IndicatorMeasureType.Quantitative, IndicatorDirection.Increase, i => i.Source("x").Target(End, 2m));
        var indicators = scenario switch
        {
            "no indicator" => Array.Empty<string>(),
            "no baseline" => new[] { "I-T" },
            "no target" => new[] { "I-B" },
            "baseline and target on different indicators" => new[] { "I-B", "I-T" },
            _ => new[] { "I-1" },
        };
        builder.AddGoal("EQ-3", "Lehrkräfte gewinnen", new[] { "BS-2" }, indicators);
        switch (scenario)
        {
            case "no measure":
                break;
            case "no carrier":
                builder.AddMeasure("M-3", "Mentoring", m => m.Partner("beirat").Serves("EQ-3").Period(Start, End));
                break;
            case "no period":
                builder.AddMeasure("M-3", "Mentoring", m => m.Carrier("beirat").Serves("EQ-3"));
                break;
            case "carrier and period on different measures":
                builder.AddMeasure("M-3", "Mentoring", m => m.Carrier("beirat").Serves("EQ-3"));
                builder.AddMeasure("M-4", "Werbung", m => m.Partner("beirat").Serves("EQ-3").Period(Start, End));
                break;
            default:
                builder.AddMeasure("M-3", "Mentoring", m => m.Carrier("beirat").Serves("EQ-3").Period(Start, End));
                break;
        }

        var goal = TestDocuments.Check(builder.Build(), ConceptWithBs2()).FindGoal("BS-2")!;

        goal.Grade.Should().Be(CoverageGrade.PartlyCovered, scenario);
        goal.MissingCriteria.Should().Equal(expected);
    }

    [Fact]
    public void Check_TwoRefiningGoalsOneOperational_Covered()
    {
        var plan = TestDocuments.PlanBuilder().AddGoal("EQ-3", "Noch offen", "BS-1").Build();

        var report = TestDocuments.Check(plan);

        report.FindGoal("BS-1")!.Grade.Should().Be(CoverageGrade.Covered);
        report.FindGoal("BS-1")!.RefiningGoalIds.Select(g => g.Value).Should().Equal("EQ-1", "EQ-3");
    }

    [Fact]
    public void Check_TwoRefiningGoalsNeitherOperational_MissingCriteriaOfTheClosest()
    {
        var plan = TestDocuments.PlanBuilder()
            .AddGoal("EQ-3", "Weit weg", "BS-2")
            .AddGoal("EQ-4", "Fast fertig", new[] { "BS-2" }, new[] { "I-1" })
            .AddMeasure("M-3", "Mentoring", m => m.Partner("beirat").Serves("EQ-4").Period(Start, End))
            .Build();

        var goal = TestDocuments.Check(plan, ConceptWithBs2()).FindGoal("BS-2")!;

        goal.MissingCriteria.Should().Equal(MissingCriterion.Carrier);
    }

    [Fact]
    public void Check_GoalDeclaredOutOfScope_OutOfScopeEvenWhenRefined()
    {
        var plan = TestDocuments.PlanBuilder().DeclareOutOfScope(ElementKind.Goal, "BS-1", "Keine Kita im Stadtteil").Build();

        var report = TestDocuments.Check(plan);

        var goal = report.FindGoal("BS-1")!;
        goal.Grade.Should().Be(CoverageGrade.OutOfScope);
        goal.OutOfScopeJustification.Should().Be("Keine Kita im Stadtteil");
        report.ActionFields[0].Grade.Should().Be(CoverageGrade.OutOfScope);
    }

    [Fact]
    public void Check_ActionFieldDeclaredOutOfScope_ItsGoalsAreOutOfScopeAndLeaveTheDenominator()
    {
        var concept = ConceptWithBs2();
        var plan = TestDocuments.PlanBuilder().DeclareOutOfScope(ElementKind.ActionField, "AR", "Arbeitsmarkt wird gesamtstädtisch bearbeitet").Build();

        var report = TestDocuments.Check(plan, concept);

        report.FindGoal("AR-1")!.Grade.Should().Be(CoverageGrade.OutOfScope);
        report.ActionFields[1].Grade.Should().Be(CoverageGrade.OutOfScope);
        report.Overall.Should().Be(new CoverageCounts(covered: 1, partlyCovered: 0, uncovered: 1, outOfScope: 1));
        report.Overall.CoveredPercent.Should().Be(50m);
        report.Overall.Total.Should().Be(3);
    }

    [Fact]
    public void Check_ActionFieldCounts_PercentagesOfGoalsInScope()
    {
        var concept = TestDocuments.ConceptBuilder()
            .AddGoal("BS-2", "BS", "Zwei").AddGoal("BS-3", "BS", "Drei").AddGoal("BS-4", "BS", "Vier")
            .Build();
        var plan = TestDocuments.PlanBuilder()
            .AddGoal("EQ-3", "Teilweise", "BS-2")
            .DeclareOutOfScope(ElementKind.Goal, "BS-4", "Nicht im Stadtteil")
            .Build();

        var field = TestDocuments.Check(plan, concept).ActionFields[0];

        field.Grade.Should().Be(CoverageGrade.PartlyCovered);
        field.Goals.Should().Be(new CoverageCounts(1, 1, 1, 1));
        field.Goals.InScope.Should().Be(3);
        field.Goals.CoveredPercent.Should().Be(33.3m);
        field.Goals.PartlyCoveredPercent.Should().Be(33.3m);
    }

    [Fact]
    public void Check_SubGoalCovered_ParentTakesItsGrade()
    {
        var concept = TestDocuments.ConceptBuilder()
            .AddGoal("BS-0", "BS", "Bildungsgerechtigkeit", GoalLevel.Guiding)
            .AddGoal("BS-2", "BS", "Sprache früh fördern", GoalLevel.Action, parentId: "BS-0")
            .Build();
        var plan = TestDocuments.PlanBuilder()
            .AddGoal("EQ-3", "Sprachcafé", new[] { "BS-2" }, new[] { "I-1" })
            .AddMeasure("M-3", "Sprachcafé", m => m.Carrier("beirat").Serves("EQ-3").Period(Start, End))
            .Build();

        var report = TestDocuments.Check(plan, concept);

        report.FindGoal("BS-0")!.Grade.Should().Be(CoverageGrade.Covered);
        report.Feedback.Deficits.Should().BeEmpty();
    }

    [Fact]
    public void Check_PrincipleDeclaredOutOfScope_OutOfScope()
    {
        var concept = TestDocuments.ConceptBuilder().AddPrinciple("G-2", "Interkulturelle Öffnung").Build();
        var plan = TestDocuments.PlanBuilder().DeclareOutOfScope(ElementKind.Principle, "G-2", "Keine Verwaltung im Stadtteil").Build();

        var report = TestDocuments.Check(plan, concept);

        report.Principles[1].Grade.Should().Be(CoverageGrade.OutOfScope);
        report.PrincipleTotals.Should().Be(new CoverageCounts(1, 0, 0, 1));
        report.Of(RuleIds.UnappliedPrinciple).Should().BeEmpty();
    }

    [Fact]
    public void Check_Feedback_DeficitsWithReasonsAndPotentials()
    {
        var concept = TestDocuments.ConceptBuilder().AddGoal("BS-2", "BS", "Zwei").AddGoal("BS-3", "BS", "Drei").Build();
        var plan = TestDocuments.PlanBuilder()
            .AddGoal("EQ-3", "Teilweise", "BS-2")
            .AddDistrictSpecificGoal("EQ-9", "Begegnung im Bürgerhaus", "BS")
            .Build();

        var feedback = TestDocuments.Check(plan, concept).Feedback;

        feedback.Deficits.Select(d => (d.GoalId.Value, d.Grade)).Should().Equal(("BS-2", CoverageGrade.PartlyCovered), ("BS-3", CoverageGrade.Uncovered));
        feedback.Deficits[0].Reasons.Single().Render(System.Globalization.CultureInfo.InvariantCulture)
            .Should().Be("district goal EQ-3 refines the goal but is not operational: no measure, no indicator");
        feedback.Potentials.Should().Equal(new Potential(new ElementId<DistrictGoal>("EQ-9"), "Begegnung im Bürgerhaus", new ElementId<ActionField>("BS")));
    }
}
