using System.Globalization;
using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.TestSupport;
using Xunit;

namespace IntegrationConcept.Tests.Rendering;

/// <summary>Data-quality findings (unknown ids, missing justifications, suppression problems) have a section of their own.</summary>
public sealed class DataQualitySectionTests
{
    private static readonly DistrictPlan Plan = TestDocuments.PlanBuilder().AddGoal("EQ-3", "Unklar", "XX-9").Build();

    private static CoverageReport ReportWithUnknownGoal() => TestDocuments.Check(Plan);

    [Fact]
    public void RenderText_UnknownCityGoal_IsListedInTheAppendixNotAmongTheCommitteeFindings()
    {
        var report = ReportWithUnknownGoal();
        report.Of(RuleIds.UnknownCityGoal).Should().ContainSingle().Which.Severity.Should().Be(Severity.Error);

        var text = ReportText.Render(report, Plan, CultureInfo.GetCultureInfo("de-DE"));

        var appendix = text.IndexOf("\nTechnischer Anhang\n", StringComparison.Ordinal);
        appendix.Should().BePositive();
        text[..appendix].Should().NotContain("XX-9");
        text[appendix..].Should().Contain("- IC3001\n  Schweregrad: Fehler\n");
        text.Split('\n').Count(l => l.Contains("IC3001", StringComparison.Ordinal)).Should().Be(1);
    }

    [Fact]
    public void RenderMarkdown_English_TheCommitteeFindingIsInTheMainText()
    {
        var text = ReportMarkdown.Render(ReportWithUnknownGoal(), Plan, CultureInfo.GetCultureInfo("en-GB"));

        var appendix = text.IndexOf("## Technical appendix", StringComparison.Ordinal);
        appendix.Should().BePositive();
        text.IndexOf("IC3001", StringComparison.Ordinal).Should().BeGreaterThan(appendix);
        text[..appendix].Should().Contain("EQ-3", "the goal without a measure is a finding for the committee").And.NotContain("XX-9");
    }

    [Fact]
    public void RenderText_CleanReport_HasAnEmptyAppendix()
        => ReportText.Render(TestDocuments.Check(TestDocuments.Plan()), TestDocuments.Plan(), CultureInfo.GetCultureInfo("de-DE")).Should().NotContain("IC3001").And.Contain("\nTechnischer Anhang\n");
}
