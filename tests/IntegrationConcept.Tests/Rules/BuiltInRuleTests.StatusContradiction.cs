using System.Globalization;
using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Rules;

public sealed partial class BuiltInRuleTests
{
    // EQ-3 recorded as achieved; the measure serving it is measured by I-1 (target 30 on 2014-01-01, measured 20 on 2013-01-01).
    private static DistrictPlan PlanWithRecordedStatus(ImplementationStatus status)
        => TestDocuments.PlanBuilder()
            .AddGoal("EQ-3", "Zweites Ziel", g => g.Refines("BS-1").Status(status, new LocalDate(2013, 12, 31)))
            .AddMeasure("M-3", "Sprachcafé", m => m.Carrier("beirat").Serves("EQ-3").MeasuredBy("I-1"))
            .Build();

    [Fact]
    public void IC4008_AchievedButTheIndicatorOfItsMeasureMissedItsTarget_NamesTheIndicator()
    {
        var finding = TestDocuments.Check(PlanWithRecordedStatus(ImplementationStatus.Achieved), date: new LocalDate(2014, 2, 1)).Of("IC4008").Should().ContainSingle().Subject;

        finding.Message(CultureInfo.GetCultureInfo("de-DE")).Should().Be(
            "Das Stadtteilziel EQ-3 „Zweites Ziel“ ist laut Planung „erreicht“ (Stand 31.12.2013), seine Indikatoren zeigen es nicht: I-1.");
        finding.RenderReasons(English).Should().Equal("indicator I-1 missed its target: target 30 by 2014-01-01, measured 20 on 2013-01-01");
        finding.Subject.Should().Be(new IntegrationConcept.Results.ElementReference(DocumentKind.DistrictPlan, ElementKind.DistrictGoal, "EQ-3", 2, "status"));
    }

    [Theory]
    [InlineData(ImplementationStatus.Achieved, 2014, false)]
    [InlineData(ImplementationStatus.OnTrack, 2014, false)]
    [InlineData(ImplementationStatus.Delayed, 2014, true)]
    [InlineData(ImplementationStatus.AtRisk, 2014, true)]
    [InlineData(ImplementationStatus.Achieved, 2013, true)]
    public void IC4008_OnlyAchievedOrOnTrackAgainstAMissedOrRedIndicator(ImplementationStatus status, int year, bool silent)
    {
        // 2013-06-01: I-1 is green (20 measured, about 20 planned); 2014-02-01: its target is due and missed.
        var date = year == 2014 ? new LocalDate(2014, 2, 1) : new LocalDate(2013, 6, 1);

        var findings = TestDocuments.Check(PlanWithRecordedStatus(status), date: date).Of("IC4008");

        findings.Should().HaveCount(silent ? 0 : 1);
    }
}
