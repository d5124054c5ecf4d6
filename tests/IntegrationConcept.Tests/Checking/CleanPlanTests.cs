using FluentAssertions;
using IntegrationConcept.Results;
using IntegrationConcept.Tests.TestSupport;
using Xunit;

namespace IntegrationConcept.Tests.Checking;

public sealed class CleanPlanTests
{
    [Fact]
    public void Check_CleanPlan_HasNoFindingsAndFullCoverage()
    {
        var report = TestDocuments.Check(TestDocuments.Plan());

        report.Findings.Select(f => f.ToString()).Should().BeEmpty();
        report.Goals.Select(g => g.Grade).Should().OnlyContain(g => g == CoverageGrade.Covered);
        report.Overall.CoveredPercent.Should().Be(100m);
        report.Principles.Single().Grade.Should().Be(CoverageGrade.Covered);
        report.HasErrors.Should().BeFalse();
    }
}
