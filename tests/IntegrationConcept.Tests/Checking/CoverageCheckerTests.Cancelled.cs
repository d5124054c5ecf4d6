using System.Globalization;
using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.TestSupport;
using Xunit;

namespace IntegrationConcept.Tests.Checking;

public sealed partial class CoverageCheckerTests
{
    private static DistrictPlan PlanWithStatus(MeasureStatus status)
    {
        var plan = TestDocuments.Plan();
        return plan.WithMeasures(plan.Measures.Select(m => m.WithStatus(status)));
    }

    [Theory]
    [InlineData(MeasureStatus.Planned)]
    [InlineData(MeasureStatus.Running)]
    [InlineData(MeasureStatus.Completed)]
    public void Check_MeasureNotCancelled_CountsForCoverage(MeasureStatus status)
        => TestDocuments.Check(PlanWithStatus(status)).FindGoal("BS-1")!.Grade.Should().Be(CoverageGrade.Covered);

    [Fact]
    public void Check_OnlyCancelledMeasures_PartlyCoveredNamingThem()
    {
        var report = TestDocuments.Check(PlanWithStatus(MeasureStatus.Cancelled));

        var goal = report.FindGoal("BS-1")!;
        goal.Grade.Should().Be(CoverageGrade.PartlyCovered);
        goal.MissingCriteria.Should().Equal(MissingCriterion.ActiveMeasure);
        report.Of(RuleIds.PartlyCoveredGoal).First(f => f.Subject.Id == "BS-1").Message(CultureInfo.GetCultureInfo("de-DE"))
            .Should().Contain("nur abgebrochene Maßnahmen");
        report.Of(RuleIds.PartlyCoveredGoal).First(f => f.Subject.Id == "BS-1").Message(CultureInfo.GetCultureInfo("en-GB"))
            .Should().Contain("only cancelled measures");
    }

    [Fact]
    public void Check_CancelledMeasureBesideARunningOne_StillCovered()
    {
        var plan = TestDocuments.PlanBuilder()
            .AddMeasure("M-9", "Abgebrochene Sprachgruppe", m => m.Carrier("beirat").Serves("EQ-1").Period(Start, End).Status(MeasureStatus.Cancelled))
            .Build();

        TestDocuments.Check(plan).FindGoal("BS-1")!.Grade.Should().Be(CoverageGrade.Covered);
    }

    [Fact]
    public void Check_PrincipleAppliedOnlyByCancelledMeasures_Uncovered()
    {
        var report = TestDocuments.Check(PlanWithStatus(MeasureStatus.Cancelled));

        report.Principles.Single().Grade.Should().Be(CoverageGrade.Uncovered);
        report.Of(RuleIds.UnappliedPrinciple).Should().ContainSingle();
    }
}
