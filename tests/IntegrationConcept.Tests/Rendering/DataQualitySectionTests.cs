using System.Globalization;
using FluentAssertions;
using IntegrationConcept.Rendering;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.TestSupport;
using Xunit;

namespace IntegrationConcept.Tests.Rendering;

/// <summary>Data-quality findings (unknown ids, missing justifications, suppression problems) have a section of their own.</summary>
public sealed class DataQualitySectionTests
{
    private static CoverageReport ReportWithUnknownGoal()
        => TestDocuments.Check(TestDocuments.PlanBuilder().AddGoal("EQ-3", "Unklar", "XX-9").Build());

    [Fact]
    public void RenderText_UnknownCityGoal_IsListedUnderDataQualityNotUnderErrors()
    {
        var report = ReportWithUnknownGoal();
        report.Of(RuleIds.UnknownCityGoal).Should().ContainSingle().Which.Severity.Should().Be(Severity.Error);

        var lines = ReportText.Render(report, CultureInfo.GetCultureInfo("de-DE")).Split('\n');

        lines.Should().Contain(l => l.StartsWith("Befunde: Fehler 1,", StringComparison.Ordinal), "the summary still counts it");
        lines.Should().NotContain(l => l.StartsWith("Fehler (", StringComparison.Ordinal));
        var section = Array.IndexOf(lines, "Datenqualität (für die Pflege der Daten) (1):");
        section.Should().BePositive();
        lines[section + 1].Should().StartWith("  IC3001 ");
        lines.Count(l => l.Contains("IC3001", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public void RenderMarkdown_English_HasTheDataQualitySectionAfterTheCommitteeFindings()
    {
        var text = ReportMarkdown.Render(ReportWithUnknownGoal(), CultureInfo.GetCultureInfo("en-GB"));

        var quality = text.IndexOf("Data quality (for the people maintaining the data) (1)", StringComparison.Ordinal);
        quality.Should().BePositive();
        text.IndexOf("IC3001", StringComparison.Ordinal).Should().BeGreaterThan(quality);
        text.IndexOf("IC2001", StringComparison.Ordinal).Should().BeLessThan(quality, "the goal without a measure is a finding for the committee");
    }

    [Fact]
    public void RenderText_CleanReport_HasNoDataQualitySection()
        => ReportText.Render(TestDocuments.Check(TestDocuments.Plan()), CultureInfo.GetCultureInfo("de-DE")).Should().NotContain("Datenqualität");
}
