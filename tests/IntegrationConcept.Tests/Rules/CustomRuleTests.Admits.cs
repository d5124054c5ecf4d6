using FluentAssertions;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.TestSupport;
using Xunit;

namespace IntegrationConcept.Tests.Rules;

/// <summary>A custom rule may ask <see cref="FindingSink.Admits"/> before it builds a finding, as the built-in rules do.</summary>
public sealed class CustomRuleAdmitsTests
{
    private const int Reports = CoverageReport.MaxFindingsPerRuleAndKind + 205;

    /// <summary>Reports <see cref="Reports"/> findings on the plan's first measure, asking first or not.</summary>
    private sealed class ManyFindingsRule(bool ask) : ICoverageRule
    {
        public RuleDescriptor Descriptor { get; } = new(
            "TR0100",
            new LocalizedText("Viele Befunde", "Many findings"),
            RuleCategory.Consistency,
            Severity.Info,
            new LocalizedText("Befund {0}.", "Finding {0}."));

        public int Built { get; private set; }

        public void Check(RuleContext context, FindingSink findings)
        {
            var measure = context.Plan.Measures[0];
            for (var i = 0; i < Reports; i++)
            {
                if (ask && !findings.Admits(DocumentKind.DistrictPlan, ElementKind.Measure))
                {
                    continue;
                }

                Built++;
                findings.Report(context.Reference(measure), MessageArgument.FromNumber(i));
            }
        }
    }

    [Fact]
    public void Admits_GivesTheSameReportAsReportingEveryFinding_AndBuildsOnlyTheKeptOnes()
    {
        var asking = new ManyFindingsRule(ask: true);
        var reporting = new ManyFindingsRule(ask: false);

        var withAsking = TestDocuments.Check(TestDocuments.Plan(), ruleSet: RuleSet.Default.WithCustomRule(asking)).Of("TR0100").ToList();
        var withoutAsking = TestDocuments.Check(TestDocuments.Plan(), ruleSet: RuleSet.Default.WithCustomRule(reporting)).Of("TR0100").ToList();

        withAsking.Should().Equal(withoutAsking);
        withAsking.Should().HaveCount(CoverageReport.MaxFindingsPerRuleAndKind + 1, "the kept findings and one aggregate");
        withAsking[^1].Message(MessageCulture.English).Should().StartWith("… and 205 more findings of rule TR0100");
        reporting.Built.Should().Be(Reports);
        asking.Built.Should().Be(CoverageReport.MaxFindingsPerRuleAndKind + 1, "the first finding left out is kept for the aggregate");
    }
}
