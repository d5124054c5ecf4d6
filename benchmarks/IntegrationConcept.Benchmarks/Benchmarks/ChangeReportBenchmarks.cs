using BenchmarkDotNet.Attributes;
using IntegrationConcept.Benchmarks.Infrastructure;
using IntegrationConcept.Changes;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using NodaTime;

namespace IntegrationConcept.Benchmarks.Benchmarks;

/// <summary>
/// The change report of two checks with <see cref="Size"/> elements each (half city goals, half findings; one action
/// field per 100 goals): about a tenth of the goals change grade, a tenth of the findings resolve and as many appear,
/// and the later report lists its goals in reverse order. The cost must grow linearly with the size.
/// </summary>
[BenchmarkCategory("Changes")]
public class ChangeReportBenchmarks
{
    private CoverageReport? _before;
    private CoverageReport? _after;

    /// <summary>The elements of each check: goals and findings together.</summary>
    [ParamsSource(typeof(Sizes), nameof(Sizes.All))]
    public int Size { get; set; }

    /// <summary>Builds the two reports.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _before = Report(Size, later: false);
        _after = Report(Size, later: true);
        var change = CoverageChange.Compare(_before, _after);
        if (change.Goals.Count != Size / 2 || change.ResolvedFindings.Count == 0 || change.AppearedFindings.Count == 0)
        {
            throw new InvalidOperationException($"The generated checks do not differ as intended at {Size}.");
        }

        // ns/element: per element of both checks (goals and findings); the reports are not read from JSON.
        DataFacts.Write(typeof(ChangeReportBenchmarks), Size, new DataFacts(2L * Size, 0));
    }

    /// <summary>Compares the two checks.</summary>
    [Benchmark]
    public int Compare() => CoverageChange.Compare(_before!, _after!).Goals.Count;

    private static CoverageReport Report(int size, bool later)
    {
        var goalCount = size / 2;
        var fieldCount = Math.Max(1, goalCount / 100);
        var message = new LocalizedMessage(new LocalizedText("Befund", "Finding"));
        var goals = new GoalCoverage[goalCount];
        for (var i = 0; i < goalCount; i++)
        {
            var grade = (CoverageGrade)(i % 4);
            if (later && i % 10 == 0)
            {
                grade = (CoverageGrade)((i / 10) % 3);
            }

            var index = later ? goalCount - 1 - i : i;
            goals[index] = new GoalCoverage(new ElementId<Goal>("Z-" + i), new ElementId<ActionField>("F-" + (i % fieldCount)), "Ziel " + i, grade);
        }

        var fields = new ActionFieldCoverage[fieldCount];
        for (var f = 0; f < fieldCount; f++)
        {
            fields[f] = new ActionFieldCoverage(new ElementId<ActionField>("F-" + f), "Feld " + f, null, CoverageGrade.PartlyCovered, new CoverageCounts(later ? 40 : 30, 30, later ? 20 : 30, 10));
        }

        var findings = new Finding[size - goalCount];
        for (var i = 0; i < findings.Length; i++)
        {
            // A tenth of the findings differ: the earlier check has them on odd elements, the later one on even ones.
            var element = i % 10 == 0 ? (later ? 2 * i : (2 * i) + 1) : i;
            findings[i] = new Finding(
                i % 3 == 0 ? "IC4002" : "IC2001", Severity.Warning, RuleCategory.Operationalisation,
                new ElementReference(DocumentKind.DistrictPlan, i % 3 == 0 ? ElementKind.Indicator : ElementKind.DistrictGoal, "E-" + element, i), message);
        }

        return new CoverageReport(
            "Bezirk", "Plan", "Stadt", "Konzept", "2011", "2011", later ? new LocalDate(2014, 12, 31) : new LocalDate(2012, 6, 30), "Standard",
            findings, goals, fields, null, new ConceptFeedback());
    }
}
