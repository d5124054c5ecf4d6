using BenchmarkDotNet.Attributes;
using IntegrationConcept.Benchmarks.Data;
using IntegrationConcept.Benchmarks.Infrastructure;
using IntegrationConcept.Benchmarks.Peer;
using IntegrationConcept.Model;

namespace IntegrationConcept.Benchmarks.Benchmarks;

/// <summary>
/// The peer as Microsoft RulesEngine's README shows it (joins inside the expressions), against the raw reader pass
/// over the same documents as the scale. Quadratic, so only up to 10^5 elements.
/// </summary>
[BenchmarkCategory("Peer")]
public class RulesEngineDocsStyleBenchmarks
{
    private RulesEngineDocsStylePeer? _peer;
    private CityConcept? _concept;
    private DistrictPlan? _plan;
    private byte[] _conceptJson = [];
    private byte[] _planJson = [];

    /// <summary>The elements of concept and plan together (the sizes up to 10^5).</summary>
    [ParamsSource(typeof(Sizes), nameof(Sizes.UpTo100000))]
    public int Size { get; set; }

    /// <summary>Generates the documents and cross-checks the peer with the reference rules.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = DataSet.SinglePlan(Size);
        _concept = data.Concept;
        _plan = data.Plans[0];
        _conceptJson = CompactJson.Compact(Documents.DocumentSerializer.WriteCityConceptToUtf8Bytes(_concept));
        _planJson = CompactJson.Compact(Documents.DocumentSerializer.WriteDistrictPlanToUtf8Bytes(_plan));
        _peer = new RulesEngineDocsStylePeer();
        DataFacts.Write(typeof(RulesEngineDocsStyleBenchmarks), Size, new DataFacts(data.Elements, _conceptJson.Length + _planJson.Length));
        CrossCheck.AssertSame(_peer.Evaluate(_concept, _plan), ReferenceRules.Evaluate(_concept, _plan));
    }

    /// <summary>The floor: one raw Utf8JsonReader pass over both documents.</summary>
    [Benchmark(Baseline = true)]
    public long RawReaderPass() => RawJsonPass.Run(_conceptJson) + RawJsonPass.Run(_planJson);

    /// <summary>RulesEngine as its README shows: one call per element, joins inside the expressions.</summary>
    [Benchmark]
    public PeerCounts RulesEngineAsDocumented() => _peer!.Evaluate(_concept!, _plan!);
}
