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
}
