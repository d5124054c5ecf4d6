using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.TestSupport;
using Xunit;

namespace IntegrationConcept.Tests.Checking;

// Output amplification: findings of one rule on one kind of element beyond the limit are counted in one aggregate finding.
public sealed class CoverageCheckerFindingLimitTests
{
    private static DistrictPlan PlanRefiningUnknownGoals(int count)
        => TestDocuments.PlanBuilder()
            .AddGoal("EQ-9", "Viele unbekannte Ziele", Enumerable.Range(0, count).Select(i => "U-" + i).ToArray())
            .Build();

    // The test plan without its two indicators, so that positions and counts are those of the indicators added.
    private static IntegrationConcept.Model.Building.DistrictPlanBuilder PlanWithoutIndicators()
    {
        var plan = TestDocuments.Plan();
        return new IntegrationConcept.Model.Building.DistrictPlanBuilder(plan.Title, plan.District, plan.Concept)
            .ValidFor(new Timeframe(new NodaTime.LocalDate(2012, 1, 1), new NodaTime.LocalDate(2015, 12, 31)));
    }

    [Fact]
    public void Check_AtTheLimit_KeepsEveryFinding()
    {
        var report = TestDocuments.Check(PlanRefiningUnknownGoals(CoverageReport.MaxFindingsPerRuleAndKind));

        var unknown = report.Of(RuleIds.UnknownCityGoal).ToList();
        unknown.Should().HaveCount(CoverageReport.MaxFindingsPerRuleAndKind);
        unknown.Should().OnlyContain(f => !f.Message(MessageCulture.English).StartsWith("… and", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Check_BeyondTheLimit_KeepsTheFirstAndCountsTheRest()
    {
        var report = TestDocuments.Check(PlanRefiningUnknownGoals(CoverageReport.MaxFindingsPerRuleAndKind + 2_500));

        var unknown = report.Of(RuleIds.UnknownCityGoal).ToList();
        unknown.Should().HaveCount(CoverageReport.MaxFindingsPerRuleAndKind + 1);
        var aggregate = unknown[^1];
        aggregate.Message(MessageCulture.English).Should().Be(
            $"… and 2500 more findings of rule {RuleIds.UnknownCityGoal} on elements of the kind district goal; only the first 1000 are listed one by one.");
        aggregate.Message(MessageCulture.German).Should().Be(
            $"… und 2500 weitere Befunde der Regel {RuleIds.UnknownCityGoal} zu Elementen der Art Stadtteilziel; nur die ersten 1000 sind einzeln aufgeführt.");
        aggregate.Severity.Should().Be(unknown[0].Severity);
        aggregate.Category.Should().Be(unknown[0].Category);
        unknown.Take(CoverageReport.MaxFindingsPerRuleAndKind).Select(f => f.Message(MessageCulture.English))
            .Should().OnlyHaveUniqueItems().And.Contain(m => m.Contains("goal U-999,", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Check_BeyondTheLimit_ReportReadsBackWithDefaultOptions()
    {
        var plan = PlanRefiningUnknownGoals(20_000);
        var report = TestDocuments.Check(plan);

        var json = DocumentSerializer.WriteCoverageReport(report);
        var read = DocumentSerializer.ReadCoverageReport(json);

        read.Should().Be(report);
        json.Length.Should().BeLessThan(2_000_000);
        ReportText.Render(read, plan, MessageCulture.German).Length.Should().BeLessThan(1_000_000);
    }
    // The rules stop building findings past the first one left out and only count them: the count, the aggregate's
    // place and every finding kept must be what they were when every finding was built.
    [Fact]
    public void Check_BeyondTheLimit_OnIndicatorStates_CountsEachRuleApart()
    {
        var builder = PlanWithoutIndicators();
        for (var i = 0; i < CoverageReport.MaxFindingsPerRuleAndKind + 10; i++)
        {
            // miss their target (IC4006), the other 1005 reach it (IC4005).
            builder.Add(TestDocuments.Indicator("X-" + i, IndicatorDirection.Increase, 100m, (new NodaTime.LocalDate(2013, 1, 1), 200m))
                .WithMeasurement(new DataPoint(new NodaTime.LocalDate(2013, 3, 1), i < 5 ? 150m : 250m)));
        }

        var report = TestDocuments.Check(builder.Build(), date: new NodaTime.LocalDate(2013, 6, 1));

        report.Of(RuleIds.TargetMissed).Select(f => f.Subject.Id).Should().Equal("X-0", "X-1", "X-2", "X-3", "X-4");
        var reached = report.Of(RuleIds.TargetReached).ToList();
        reached.Should().HaveCount(CoverageReport.MaxFindingsPerRuleAndKind + 1);
        reached[0].Subject.Id.Should().Be("X-5");
        reached[^1].Subject.Id.Should().Be("X-1005");
        reached[^1].Message(MessageCulture.English).Should().StartWith($"… and 5 more findings of rule {RuleIds.TargetReached} ");
        report.Of(RuleIds.IndicatorBehindPlan).Should().BeEmpty();
        report.Of(RuleIds.IndicatorOffTrack).Should().BeEmpty();
    }

    [Fact]
    public void Check_BeyondTheLimit_OnIndicatorStates_AggregateSitsAtTheFirstLeftOut()
    {
        var builder = PlanWithoutIndicators();
        for (var i = 0; i < CoverageReport.MaxFindingsPerRuleAndKind + 7; i++)
        {
            builder.Add(TestDocuments.Indicator("X-" + i, IndicatorDirection.Increase, 100m, (new NodaTime.LocalDate(2013, 1, 1), 200m))
                .WithMeasurement(new DataPoint(new NodaTime.LocalDate(2013, 3, 1), 150m)));
        }

        var report = TestDocuments.Check(builder.Build(), date: new NodaTime.LocalDate(2013, 6, 1));

        var missed = report.Of(RuleIds.TargetMissed).ToList();
        missed.Should().HaveCount(CoverageReport.MaxFindingsPerRuleAndKind + 1);
        missed.Take(CoverageReport.MaxFindingsPerRuleAndKind).Select(f => f.Subject.Index)
            .Should().Equal(Enumerable.Range(0, CoverageReport.MaxFindingsPerRuleAndKind).Cast<int?>());
        missed[^2].Message(MessageCulture.English).Should().Contain("X-999").And.Contain("150");
        var aggregate = missed[^1];
        aggregate.Subject.Should().Be(new ElementReference(DocumentKind.DistrictPlan, ElementKind.Indicator, "X-1000", 1000));
        aggregate.Message(MessageCulture.English).Should().Be(
            $"… and 7 more findings of rule {RuleIds.TargetMissed} on elements of the kind indicator; only the first 1000 are listed one by one.");
    }

    [Fact]
    public void Admits_PastTheFirstLeftOut_CountsWithoutTheFinding()
    {
        var buffer = new FindingBuffer(limit: 2);
        Finding At(int i) => new(
            "IC9000", Severity.Warning, RuleCategory.Consistency, new ElementReference(DocumentKind.DistrictPlan, ElementKind.Measure, "M-" + i, i),
            new LocalizedMessage(new LocalizedText("M {0}", "M {0}"), [MessageArgument.FromNumber(i)]));

        var admitted = new List<bool>();
        for (var i = 0; i < 6; i++)
        {
            var admits = buffer.Admits(0, DocumentKind.DistrictPlan, ElementKind.Measure);
            admitted.Add(admits);
            if (admits)
            {
                buffer.Add(At(i), 0);
            }
        }

        // Another kind and another rule keep their own tallies.
        buffer.Admits(0, DocumentKind.DistrictPlan, ElementKind.Indicator).Should().BeTrue();
        buffer.Admits(1, DocumentKind.DistrictPlan, ElementKind.Measure).Should().BeTrue();
        buffer.Admits(0, DocumentKind.CityConcept, ElementKind.Measure).Should().BeTrue();

        admitted.Should().Equal(true, true, true, false, false, false);
        var findings = buffer.Sort().ToList();
        findings.Select(f => f.Subject.Id).Should().Equal("M-0", "M-1", "M-2");
        findings[^1].Message(MessageCulture.English).Should().StartWith("… and 4 more findings of rule IC9000");
    }
}
