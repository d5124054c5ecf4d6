using BenchmarkDotNet.Attributes;
using IntegrationConcept.Benchmarks.Data;
using IntegrationConcept.Benchmarks.Infrastructure;
using IntegrationConcept.Checking;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering;
using IntegrationConcept.Results;
using NodaTime;

namespace IntegrationConcept.Benchmarks.Benchmarks;

/// <summary>Checking one district plan against the city concept, <see cref="Size"/> elements in total, already in memory.</summary>
[BenchmarkCategory("Check")]
public class CheckPlanBenchmarks
{
    private static readonly LocalDate EvaluationDate = DocumentChecks.EvaluationDate;
    private readonly CoverageChecker _checker = new();
    private CityConcept? _concept;
    private DistrictPlan? _plan;

    /// <summary>The elements of concept and plan together.</summary>
    [ParamsSource(typeof(Sizes), nameof(Sizes.All))]
    public int Size { get; set; }

    /// <summary>Generates the documents.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = DataSet.SinglePlan(Size);
        _concept = data.Concept;
        _plan = data.Plans[0];
        DataFacts.Write(typeof(CheckPlanBenchmarks), Size, new DataFacts(data.Elements, data.CompactJsonBytes()));
    }

    /// <summary>Checks the plan.</summary>
    [Benchmark]
    public CoverageReport CheckPlan() => _checker.Check(_concept!, _plan!, EvaluationDate);
}
