using BenchmarkDotNet.Attributes;
using IntegrationConcept.Benchmarks.Data;
using IntegrationConcept.Benchmarks.Infrastructure;
using IntegrationConcept.Benchmarks.Peer;
using IntegrationConcept.Checking;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering;
using IntegrationConcept.Results;
using NodaTime;

namespace IntegrationConcept.Benchmarks.Benchmarks;

/// <summary>
/// The peer: the same core coverage rules as Microsoft RulesEngine 6.0.1 workflows, over the same plan, against
/// the library's checker (which runs all its rules, a superset). Measured at every size.
/// </summary>
[BenchmarkCategory("Peer")]
public class RulesEngineComparisonBenchmarks
{
    private static readonly LocalDate EvaluationDate = DocumentChecks.EvaluationDate;
    private readonly CoverageChecker _checker = new();
    private RulesEnginePeer? _peer;
    private CityConcept? _concept;
    private DistrictPlan? _plan;

    /// <summary>The elements of concept and plan together.</summary>
    [ParamsSource(typeof(Sizes), nameof(Sizes.All))]
    public int Size { get; set; }

    /// <summary>Generates the documents, builds the workflows and cross-checks the results of both.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = DataSet.SinglePlan(Size);
        _concept = data.Concept;
        _plan = data.Plans[0];
        _peer = new RulesEnginePeer();
        DataFacts.Write(typeof(RulesEngineComparisonBenchmarks), Size, new DataFacts(data.Elements, data.CompactJsonBytes()));
        CrossCheck.AssertSame(_peer.Evaluate(_concept, _plan), CrossCheck.Count(_checker.Check(_concept, _plan, EvaluationDate)));
    }

    /// <summary>RulesEngine: joins the plan to the concept in C#, then evaluates every workflow rule on every element.</summary>
    [Benchmark(Baseline = true)]
    public PeerCounts RulesEngine() => _peer!.Evaluate(_concept!, _plan!);

    /// <summary>The library's checker on the same data.</summary>
    [Benchmark]
    public CoverageReport Checker() => _checker.Check(_concept!, _plan!, EvaluationDate);
}
