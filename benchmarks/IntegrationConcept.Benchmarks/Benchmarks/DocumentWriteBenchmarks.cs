using BenchmarkDotNet.Attributes;
using IntegrationConcept.Benchmarks.Data;
using IntegrationConcept.Benchmarks.Infrastructure;
using IntegrationConcept.Documents;
using IntegrationConcept.Model;

namespace IntegrationConcept.Benchmarks.Benchmarks;

/// <summary>Writing the city concept and one district plan of <see cref="Size"/> elements in total to UTF-8 JSON.</summary>
[BenchmarkCategory("Write")]
public class DocumentWriteBenchmarks
{
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
        DataFacts.Write(typeof(DocumentWriteBenchmarks), Size, new DataFacts(data.Elements, data.CompactJsonBytes()));
    }

    /// <summary>Writes both documents to UTF-8 bytes.</summary>
    [Benchmark]
    public int Write()
        => DocumentSerializer.WriteCityConceptToUtf8Bytes(_concept!).Length + DocumentSerializer.WriteDistrictPlanToUtf8Bytes(_plan!).Length;
}
