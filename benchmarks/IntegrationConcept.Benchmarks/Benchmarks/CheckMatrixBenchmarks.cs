using BenchmarkDotNet.Attributes;
using IntegrationConcept.Benchmarks.Data;
using IntegrationConcept.Benchmarks.Infrastructure;
using IntegrationConcept.Checking;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering;
using IntegrationConcept.Results;
using NodaTime;

namespace IntegrationConcept.Benchmarks.Benchmarks;

/// <summary>
/// Checking many district plans of about 250 elements each against one city concept of 40 goals (the coverage
/// matrix of state-wide monitoring), <see cref="Size"/> elements in total.
/// </summary>
[BenchmarkCategory("Matrix")]
public class CheckMatrixBenchmarks
{
    private static readonly LocalDate EvaluationDate = DocumentChecks.EvaluationDate;
    private readonly CoverageChecker _checker = new();
    private CityConcept? _concept;
    private IReadOnlyList<DistrictPlan> _plans = [];

    /// <summary>The elements of the concept and all plans.</summary>
    [ParamsSource(typeof(Sizes), nameof(Sizes.All))]
    public int Size { get; set; }

    /// <summary>Generates the documents.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = DataSet.Matrix(Size);
        _concept = data.Concept;
        _plans = data.Plans;
        DataFacts.Write(typeof(CheckMatrixBenchmarks), Size, new DataFacts(data.Elements, data.CompactJsonBytes()));
    }

    /// <summary>Checks every plan and builds the matrix.</summary>
    [Benchmark]
    public CoverageMatrix CheckMatrix() => _checker.CheckAll(_concept!, _plans, EvaluationDate);
}
