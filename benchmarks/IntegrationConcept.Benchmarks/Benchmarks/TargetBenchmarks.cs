using System.Text.Json;
using BenchmarkDotNet.Attributes;
using IntegrationConcept.Benchmarks.Data;
using IntegrationConcept.Benchmarks.Infrastructure;
using IntegrationConcept.Benchmarks.Peer;
using IntegrationConcept.Checking;
using IntegrationConcept.Documents;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using NodaTime;

namespace IntegrationConcept.Benchmarks.Benchmarks;

/// <summary>
/// Every figure of issue 17 in one run per size, so that the ratios to the floor (the Ratio column) come from one
/// process on one machine state: the raw Utf8JsonReader pass over a city concept and one district plan of
/// <see cref="Size"/> elements (the baseline), System.Text.Json into plain mirror classes, the library's Read,
/// Check and Read + Check, the check with only the two coverage rules, the RulesEngine peer and plain C# doing the
/// core rules, and the matrix (Size elements in about Size/250 plans against one concept).
/// </summary>
[BenchmarkCategory("Targets")]
public class TargetBenchmarks
{
    private static readonly LocalDate EvaluationDate = DocumentChecks.EvaluationDate;
    private readonly CoverageChecker _checker = new();
    private readonly CoverageChecker _coverageOnly = new(CoverageRulesOnly());
    private byte[] _conceptJson = [];
    private byte[] _planJson = [];
    private DocumentReadOptions _options = DocumentReadOptions.Default;
    private CityConcept? _concept;
    private DistrictPlan? _plan;
    private RulesEnginePeer? _peer;
    private CityConcept? _matrixConcept;
    private IReadOnlyList<DistrictPlan> _matrixPlans = [];

    /// <summary>The elements of concept and plan together (and of the matrix's concept and plans).</summary>
    [ParamsSource(typeof(Sizes), nameof(Sizes.All))]
    public int Size { get; set; }

    /// <summary>Generates the documents, writes them to compact JSON, and checks that everything agrees.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = DataSet.SinglePlan(Size);
        _concept = data.Concept;
        _plan = data.Plans[0];
        _conceptJson = CompactJson.Compact(DocumentSerializer.WriteCityConceptToUtf8Bytes(_concept));
        _planJson = CompactJson.Compact(DocumentSerializer.WriteDistrictPlanToUtf8Bytes(_plan));
        _options = DocumentChecks.LargeDocuments;
        _peer = new RulesEnginePeer();
        DataFacts.Write(typeof(TargetBenchmarks), Size, new DataFacts(data.Elements, _conceptJson.Length + _planJson.Length));
        if (!Read().Equals((_concept, _plan)))
        {
            throw new InvalidOperationException("The documents do not round-trip: reading the written JSON gives other documents.");
        }

        var library = CrossCheck.Count(_checker.Check(_concept, _plan, EvaluationDate));
        CrossCheck.AssertSame(_peer.Evaluate(_concept, _plan), library);
        CrossCheck.AssertSame(ReferenceRules.Evaluate(_concept, _plan), library);
        var mirror = MirrorRead();
        if (mirror.Plan.Measures?.Count != _plan.Measures.Count || mirror.Concept.Goals?.Count != _concept.Goals.Count)
        {
            throw new InvalidOperationException("The mirror classes read other documents than the library.");
        }

        var matrix = DataSet.Matrix(Size);
        _matrixConcept = matrix.Concept;
        _matrixPlans = matrix.Plans;
        DataFacts.Write(typeof(TargetBenchmarks), Size, new DataFacts(matrix.Elements, matrix.CompactJsonBytes()), nameof(CheckMatrix));
    }

    /// <summary>The floor: one raw Utf8JsonReader pass over both documents.</summary>
    [Benchmark(Baseline = true)]
    public long RawReaderPass() => RawJsonPass.Run(_conceptJson) + RawJsonPass.Run(_planJson);

    /// <summary>Peer: System.Text.Json (source-generated) into plain mirror classes; no validation, no model.</summary>
    [Benchmark]
    public (MirrorCityConcept Concept, MirrorDistrictPlan Plan) MirrorRead()
        => (JsonSerializer.Deserialize(_conceptJson, MirrorJsonContext.Default.MirrorCityConcept)!,
            JsonSerializer.Deserialize(_planJson, MirrorJsonContext.Default.MirrorDistrictPlan)!);

    /// <summary>The library: reads both documents into the model (with all structural validation).</summary>
    [Benchmark]
    public (CityConcept, DistrictPlan) Read()
        => (DocumentSerializer.ReadCityConcept(_conceptJson, _options), DocumentSerializer.ReadDistrictPlan(_planJson, _options));

    /// <summary>The library: checks the plan against the concept (all built-in rules, full report).</summary>
    [Benchmark]
    public CoverageReport Check() => _checker.Check(_concept!, _plan!, EvaluationDate);

    /// <summary>The library: reads both documents, then checks.</summary>
    [Benchmark]
    public CoverageReport ReadAndCheck()
    {
        var (concept, plan) = Read();
        return _checker.Check(concept, plan, EvaluationDate);
    }

    /// <summary>The library's check with only the two coverage rules on (uncovered, partly covered goals).</summary>
    [Benchmark]
    public CoverageReport CheckCoverageOnly() => _coverageOnly.Check(_concept!, _plan!, EvaluationDate);

    /// <summary>Peer: Microsoft RulesEngine, the join done in C# (eight core rules).</summary>
    [Benchmark]
    public PeerCounts RulesEngine() => _peer!.Evaluate(_concept!, _plan!);

    /// <summary>Peer: the same eight core rules in plain C# (the join with dictionaries).</summary>
    [Benchmark]
    public PeerCounts PlainCSharp() => ReferenceRules.Evaluate(_concept!, _plan!);

    /// <summary>The library: <c>CheckAll</c> of about Size/250 plans against one concept of 40 goals (the matrix).</summary>
    [Benchmark]
    public CoverageMatrix CheckMatrix() => _checker.CheckAll(_matrixConcept!, _matrixPlans, EvaluationDate);

    private static RuleSet CoverageRulesOnly()
    {
        var rules = RuleSet.Default.WithName("coverage-only");
        foreach (var rule in RuleSet.Default.Rules)
        {
            if (rule.Id is not (RuleIds.UncoveredGoal or RuleIds.PartlyCoveredGoal))
            {
                rules = rules.WithDisabled(rule.Id);
            }
        }

        return rules;
    }
}
