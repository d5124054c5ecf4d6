using System.Globalization;
using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Rules;

public sealed partial class BuiltInRuleTests
{
    private static DistrictPlan PlanWithMeasureEnding(LocalDate end, MeasureStatus status)
        => TestDocuments.PlanBuilder().AddMeasure("M-3", "Bildungsreihe", m => m.Carrier("beirat").Serves("EQ-1").Period(new LocalDate(2012, 9, 1), end).Status(status)).Build();

    [Theory]
    [InlineData(0, MeasureStatus.Running, false)]
    [InlineData(-1, MeasureStatus.Running, true)]
    [InlineData(-1, MeasureStatus.Planned, true)]
    [InlineData(-1, MeasureStatus.Completed, false)]
    [InlineData(-1, MeasureStatus.Cancelled, false)]
    [InlineData(1, MeasureStatus.Running, false)]
    public void IC4001_MeasureEndAgainstEvaluationDate_OverdueOnlyAfterTheEnd(int endOffsetDays, MeasureStatus status, bool fires)
    {
        var end = TestDocuments.EvaluationDate.PlusDays(endOffsetDays);

        var findings = TestDocuments.Check(PlanWithMeasureEnding(end, status)).Of(RuleIds.OverdueMeasure).ToList();

        findings.Should().HaveCount(fires ? 1 : 0);
    }

    [Fact]
    public void IC4001_Overdue_MessageAndReasonNameTheDatesCompared()
    {
        var finding = TestDocuments.Check(PlanWithMeasureEnding(new LocalDate(2013, 5, 31), MeasureStatus.Running)).Of(RuleIds.OverdueMeasure).Single();

        finding.Message(CultureInfo.GetCultureInfo("de-DE")).Should().Be(
            "Die Maßnahme M-3 „Bildungsreihe“ sollte am 31.05.2013 enden, ist am Stichtag 01.06.2013 aber nicht abgeschlossen (Status: laufend).");
        finding.RenderReasons(English).Should().Equal("end 2013-05-31 lies before the evaluation date 2013-06-01");
    }

    // Baseline 100 on 2012-01-01, target 200 on 2013-01-01 (366 days): the planned path rises by 100 over the year.
    private static DistrictPlan PlanWithTrack(IndicatorDirection direction, decimal baseline, decimal target, LocalDate measuredOn, decimal measured)
    {
        var indicator = TestDocuments.Indicator("I-3", direction, baseline, (new LocalDate(2013, 1, 1), target))
            .WithMeasurement(new DataPoint(measuredOn, measured));
        return TestDocuments.PlanBuilder().Add(indicator).Build();
    }

    private static string? Light(DistrictPlan plan, LocalDate? date = null, RuleSet? rules = null)
    {
        // On the target date the light still applies; after it the target is reached or missed (IC4005, IC4006).
        var report = TestDocuments.Check(plan, ruleSet: rules, date: date ?? new LocalDate(2013, 1, 1));
        var yellow = report.Of(RuleIds.IndicatorBehindPlan).Any(f => f.Subject.Id == "I-3");
        var red = report.Of(RuleIds.IndicatorOffTrack).Any(f => f.Subject.Id == "I-3");
        return (yellow, red) switch
        {
            (false, false) => "green",
            (true, false) => "yellow",
            (false, true) => "red",
            _ => "both",
        };
    }

    [Theory]
    [InlineData(100, "green")]
    [InlineData(90, "green")]
    [InlineData(85, "yellow")]
    [InlineData(70, "red")]
    public void IC4002_IC4003_MeasuredAtBaselineDate_ComparedWithTheBaseline(int measured, string light)
        => Light(PlanWithTrack(IndicatorDirection.Increase, 100m, 200m, new LocalDate(2012, 1, 1), measured)).Should().Be(light);

    [Theory]
    [InlineData(200, "green")]
    [InlineData(190, "green")]
    [InlineData(189, "yellow")]
    [InlineData(175, "yellow")]
    [InlineData(174, "red")]
    public void IC4002_IC4003_MeasuredAtTargetDate_ComparedWithTheTarget(int measured, string light)
        => Light(PlanWithTrack(IndicatorDirection.Increase, 100m, 200m, new LocalDate(2013, 1, 1), measured)).Should().Be(light);

    [Fact]
    public void IC4002_MeasuredHalfway_ComparedWithTheStraightLine()
    {
        // 2012-07-02 is day 183 of 366: planned 150. Measured 137 is 13 % of the planned change behind.
        var plan = PlanWithTrack(IndicatorDirection.Increase, 100m, 200m, new LocalDate(2012, 7, 2), 137m);

        var finding = TestDocuments.Check(plan, date: new LocalDate(2013, 1, 1)).Of(RuleIds.IndicatorBehindPlan).Single();

        finding.Message(English).Should().Be("Indicator I-3 'Indikator I-3' is yellow: measured 137 on 2012-07-02, planned 150; deviation 13% of the planned change.");
        finding.Message(CultureInfo.GetCultureInfo("de-DE")).Should().Be("Der Indikator I-3 „Indikator I-3“ steht auf Gelb: gemessen 137 am 02.07.2012, geplant 150; Abweichung 13 % der geplanten Veränderung.");
        finding.RenderReasons(English).Should().Equal(
            "baseline 100 on 2012-01-01, target 200 on 2013-01-01; measured 137 on 2012-07-02, planned on the straight line 150; tolerance: yellow above 10%, red above 25% deviation");
        finding.RenderReasons(CultureInfo.GetCultureInfo("de-DE")).Should().Equal(
            "Ausgangswert 100 am 01.01.2012, Zielwert 200 am 01.01.2013; Messwert 137 am 02.07.2012, Sollwert laut Zielpfad 150; Toleranz: Gelb über 10 %, Rot über 25 % Abweichung");
    }

    [Theory]
    [InlineData(IndicatorDirection.Decrease, 100, 50, 70, "red")]
    [InlineData(IndicatorDirection.Decrease, 100, 50, 55, "green")]
    [InlineData(IndicatorDirection.Decrease, 100, 50, 57, "yellow")]
    [InlineData(IndicatorDirection.Decrease, 100, 50, 40, "green")]
    [InlineData(IndicatorDirection.Increase, 100, 200, 260, "green")]
    [InlineData(IndicatorDirection.Maintain, 100, 100, 104, "green")]
    [InlineData(IndicatorDirection.Maintain, 100, 100, 85, "yellow")]
    [InlineData(IndicatorDirection.Maintain, 100, 100, 130, "red")]
    public void IC4002_IC4003_AtTargetDate_RespectTheDirection(IndicatorDirection direction, int baseline, int target, int measured, string light)
        => Light(PlanWithTrack(direction, baseline, target, new LocalDate(2013, 1, 1), measured)).Should().Be(light);

    [Fact]
    public void IC4002_MeasurementAfterTheEvaluationDate_IsNotUsed()
    {
        var plan = PlanWithTrack(IndicatorDirection.Increase, 100m, 200m, new LocalDate(2013, 1, 1), 120m);

        Light(plan, new LocalDate(2012, 12, 31)).Should().Be("green");
        Light(plan, new LocalDate(2013, 1, 1)).Should().Be("red");
    }

    [Fact]
    public void IC4002_QualitativeIndicator_IsSkipped()
    {
        var indicator = new Indicator(new ElementId<Indicator>("I-3"), "Stimmung", IndicatorMeasureType.Qualitative, IndicatorDirection.Increase,
            baseline: new DataPoint(new LocalDate(2012, 1, 1), null, "gedrückt"),
            targets: new[] { new DataPoint(new LocalDate(2013, 1, 1), null, "gut") },
            measurements: new[] { new DataPoint(new LocalDate(2013, 1, 1), null, "schlecht") },
            dataSource: "Befragung");

        Light(TestDocuments.PlanBuilder().Add(indicator).Build()).Should().Be("green");
    }

    [Fact]
    public void IC4002_IC4003_TolerancesAreParameters()
    {
        var plan = PlanWithTrack(IndicatorDirection.Increase, 100m, 200m, new LocalDate(2013, 1, 1), 180m);

        Light(plan).Should().Be("yellow");
        Light(plan, rules: RuleSet.Default.WithParameter(RuleIds.IndicatorBehindPlan, RuleCatalog.YellowTolerancePercent, 20m)).Should().Be("green");
        Light(plan, rules: RuleSet.Default.WithParameter(RuleIds.IndicatorOffTrack, RuleCatalog.RedTolerancePercent, 15m)).Should().Be("red");
    }

    [Fact]
    public void IC4002_IC4003_DeviationBeyondTheDecimalRange_RatedRedWithoutOverflow()
    {
        // A planned change of 1e-10 and a measurement of 1e20 give a deviation of about 1e32 %: beyond decimal.
        var plan = PlanWithTrack(IndicatorDirection.Decrease, 0m, 0.0000000001m, new LocalDate(2012, 7, 1), 100_000_000_000_000_000_000m);

        Light(plan).Should().Be("red");
    }

    [Fact]
    public void IC4002_IC4003_ValuesNearTheDecimalLimit_RatedWithoutOverflow()
    {
        var plan = PlanWithTrack(IndicatorDirection.Increase, -70_000_000_000_000_000_000_000_000_000m, 70_000_000_000_000_000_000_000_000_000m, new LocalDate(2012, 7, 1), -70_000_000_000_000_000_000_000_000_000m);

        Light(plan).Should().Be("red");
    }
}
