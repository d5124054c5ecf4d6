using FluentAssertions;
using IntegrationConcept.Checking;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Tests.TestSupport;
using Xunit;

namespace IntegrationConcept.Tests.Checking;

public sealed partial class CoverageCheckerTests
{
    private static CoverageMatrix ThreeDistricts()
    {
        var concept = TestDocuments.ConceptBuilder().AddGoal("BS-2", "BS", "Zwei").AddGoal("BS-3", "BS", "Drei").Build();
        var ehrang = TestDocuments.PlanBuilder("Ehrang/Quint").Build();
        var nord = TestDocuments.PlanBuilder("Trier-Nord")
            .AddGoal("TN-1", "Lehrkräfte", new[] { "BS-2" }, new[] { "I-1" })
            .AddMeasure("TN-M", "Mentoring", m => m.Carrier("beirat").Serves("TN-1").Period(Start, End))
            .DeclareOutOfScope(ElementKind.Goal, "BS-3", "Kein Bedarf")
            .Build();
        var west = TestDocuments.PlanBuilder("Trier-West")
            .AddGoal("TW-1", "Lehrkräfte", "BS-2")
            .DeclareOutOfScope(ElementKind.Goal, "BS-3", "Kein Bedarf")
            .DeclareOutOfScope(ElementKind.ActionField, "AR", "Gesamtstädtisch")
            .Build();
        return new CoverageChecker().CheckAll(concept, new[] { ehrang, nord, west }, TestDocuments.EvaluationDate);
    }

    [Fact]
    public void CheckAll_ThreePlans_GoalRowsPerDistrictAndCombined()
    {
        var matrix = ThreeDistricts();

        matrix.Districts.Should().Equal("Ehrang/Quint", "Trier-Nord", "Trier-West");
        matrix.Reports.Should().HaveCount(3);
        matrix.Goals.Select(g => (g.GoalId.Value, string.Join(",", g.Grades), g.Combined)).Should().Equal(
            ("BS-1", "Covered,Covered,Covered", CoverageGrade.Covered),
            ("AR-1", "Covered,Covered,OutOfScope", CoverageGrade.Covered),
            ("BS-2", "Uncovered,Covered,PartlyCovered", CoverageGrade.Covered),
            ("BS-3", "Uncovered,OutOfScope,OutOfScope", CoverageGrade.Uncovered));
    }

    [Fact]
    public void CheckAll_ThreePlans_ActionFieldRowsAndCombinedCoverage()
    {
        var matrix = ThreeDistricts();

        var bs = matrix.ActionFields[0];
        bs.Districts.Select(d => d.Goals.CoveredPercent).Should().Equal(33.3m, 100m, 50m);
        bs.Combined.Should().Be(new CoverageCounts(2, 0, 1, 0));
        bs.CombinedGrade.Should().Be(CoverageGrade.PartlyCovered);
        matrix.ActionFields[1].CombinedGrade.Should().Be(CoverageGrade.Covered);
        matrix.Combined.Should().Be(new CoverageCounts(3, 0, 1, 0));
        matrix.Combined.CoveredPercent.Should().Be(75m);
    }

    [Fact]
    public void CheckAll_AllDistrictsDeclareOutOfScope_CombinedOutOfScope()
    {
        var concept = TestDocuments.Concept();
        var plans = new[] { "A", "B" }.Select(d => TestDocuments.PlanBuilder(d).DeclareOutOfScope(ElementKind.ActionField, "AR", "Gesamtstädtisch").Build());

        var matrix = new CoverageChecker().CheckAll(concept, plans, TestDocuments.EvaluationDate);

        matrix.Goals[1].Combined.Should().Be(CoverageGrade.OutOfScope);
        matrix.ActionFields[1].CombinedGrade.Should().Be(CoverageGrade.OutOfScope);
    }

    [Fact]
    public void CheckAll_NoPlans_EverythingUncovered()
    {
        var matrix = new CoverageChecker().CheckAll(TestDocuments.Concept(), Array.Empty<DistrictPlan>(), TestDocuments.EvaluationDate);

        matrix.Goals.Should().OnlyContain(g => g.Combined == CoverageGrade.Uncovered);
        matrix.Combined.CoveredPercent.Should().Be(0m);
    }
}
