using System.Globalization;
using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Rules;

public sealed partial class BuiltInRuleTests
{
    [Fact]
    public void IC2001_DistrictGoalNoMeasureServes_Fires()
    {
        var plan = TestDocuments.PlanBuilder().AddGoal("EQ-3", "Mehr Lesepaten", new[] { "BS-1" }, new[] { "I-1" }).Build();

        var report = TestDocuments.Check(plan);

        report.Of(RuleIds.GoalWithoutMeasure).Should().ContainSingle().Which.Subject.Path.Should().Be("$.goals[2]");
        report.Of(RuleIds.GoalWithoutIndicator).Should().BeEmpty("the goal has an indicator of its own");
        TestDocuments.Check(TestDocuments.Plan()).Of(RuleIds.GoalWithoutMeasure).Should().BeEmpty();
    }

    [Fact]
    public void IC2002_MeasureWithoutCarrier_Fires()
    {
        var plan = TestDocuments.PlanBuilder().AddMeasure("M-3", "Straßenfest", m => m.Partner("beirat").Serves("EQ-1").Period(new LocalDate(2013, 5, 1), new LocalDate(2013, 5, 1))).Build();

        var finding = TestDocuments.Check(plan).Of(RuleIds.MeasureWithoutCarrier).Should().ContainSingle().Subject;

        finding.Subject.Id.Should().Be("M-3");
        finding.Subject.Path.Should().Be("$.measures[2]");
    }

    [Fact]
    public void IC2003_MeasureWithoutPeriod_Fires()
    {
        var plan = TestDocuments.PlanBuilder().AddMeasure("M-3", "Bewohnerversammlung", m => m.Carrier("beirat").Serves("EQ-1")).Build();

        TestDocuments.Check(plan).Of(RuleIds.MeasureWithoutPeriod).Should().ContainSingle().Which.Subject.Id.Should().Be("M-3");
        TestDocuments.Check(TestDocuments.Plan()).Of(RuleIds.MeasureWithoutPeriod).Should().BeEmpty();
    }

    [Fact]
    public void IC2004_GoalWithoutIndicatorDirectlyOrThroughMeasures_Fires()
    {
        var plan = TestDocuments.PlanBuilder()
            .AddGoal("EQ-3", "Vereinsmitgliedschaften", "BS-1")
            .AddMeasure("M-3", "Schnuppermitgliedschaften", m => m.Carrier("naturfreunde").Serves("EQ-3").Period(new LocalDate(2013, 1, 1), new LocalDate(2013, 12, 31)))
            .Build();

        TestDocuments.Check(plan).Of(RuleIds.GoalWithoutIndicator).Should().ContainSingle().Which.Subject.Id.Should().Be("EQ-3");
    }

    [Fact]
    public void IC2004_GoalWithIndicatorOnlyThroughItsMeasure_DoesNotFire()
    {
        var plan = TestDocuments.PlanBuilder()
            .AddGoal("EQ-3", "Vereinsmitgliedschaften", "BS-1")
            .AddMeasure("M-3", "Schnuppermitgliedschaften", m => m.Carrier("naturfreunde").Serves("EQ-3").MeasuredBy("I-1").Period(new LocalDate(2013, 1, 1), new LocalDate(2013, 12, 31)))
            .Build();

        TestDocuments.Check(plan).Of(RuleIds.GoalWithoutIndicator).Should().BeEmpty();
    }

    [Fact]
    public void IC2005_IC2006_IC2007_IncompleteIndicator_FireEach()
    {
        var plan = TestDocuments.PlanBuilder()
            .AddIndicator("I-3", "Teilnehmende", IndicatorMeasureType.Quantitative, IndicatorDirection.Increase)
            .Build();

        var report = TestDocuments.Check(plan);

        report.Of(RuleIds.IndicatorWithoutBaseline).Should().ContainSingle().Which.Subject.Path.Should().Be("$.indicators[2]");
        report.Of(RuleIds.IndicatorWithoutTarget).Should().ContainSingle().Which.Subject.Id.Should().Be("I-3");
        var source = report.Of(RuleIds.IndicatorWithoutDataSource).Should().ContainSingle().Subject;
        source.Severity.Should().Be(Severity.Info);
        source.Message(CultureInfo.GetCultureInfo("de")).Should().Be("Der Indikator I-3 „Teilnehmende“ nennt keine Datenquelle.");
    }

    [Fact]
    public void IC2005_IC2006_IC2007_CompleteIndicators_DoNotFire()
    {
        var report = TestDocuments.Check(TestDocuments.Plan());

        report.Of(RuleIds.IndicatorWithoutBaseline).Should().BeEmpty();
        report.Of(RuleIds.IndicatorWithoutTarget).Should().BeEmpty();
        report.Of(RuleIds.IndicatorWithoutDataSource).Should().BeEmpty();
    }
}
