using BenchmarkDotNet.Attributes;
using IntegrationConcept.Benchmarks.Data;
using IntegrationConcept.Benchmarks.Infrastructure;
using IntegrationConcept.Checking;
using IntegrationConcept.Results;
using IntegrationConcept.Documents;
using IntegrationConcept.Model;
using NodaTime;

namespace IntegrationConcept.Benchmarks.Benchmarks;

/// <summary>
/// Reading the city concept and one district plan of <see cref="Size"/> elements in total from compact UTF-8 JSON,
/// against the floor (one raw Utf8JsonReader pass over the same bytes), and reading followed by the coverage check.
/// </summary>
[BenchmarkCategory("Read")]
public class DocumentReadBenchmarks
{
    private static readonly LocalDate EvaluationDate = DocumentChecks.EvaluationDate;
    private readonly CoverageChecker _checker = new();
    private byte[] _concept = [];
    private byte[] _plan = [];
    private DocumentReadOptions _options = DocumentReadOptions.Default;

    /// <summary>The elements of concept and plan together.</summary>
    [ParamsSource(typeof(Sizes), nameof(Sizes.All))]
    public int Size { get; set; }

    /// <summary>Generates the documents and writes them to JSON once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var data = DataSet.SinglePlan(Size);
        _concept = CompactJson.Compact(DocumentSerializer.WriteCityConceptToUtf8Bytes(data.Concept));
        _plan = CompactJson.Compact(DocumentSerializer.WriteDistrictPlanToUtf8Bytes(data.Plans[0]));
        _options = DocumentChecks.LargeDocuments;
        DataFacts.Write(typeof(DocumentReadBenchmarks), Size, new DataFacts(data.Elements, _concept.Length + _plan.Length));
        if (!ReadBoth().Equals((data.Concept, data.Plans[0])))
        {
            throw new InvalidOperationException("The documents do not round-trip: reading the written JSON gives other documents.");
        }
    }

    /// <summary>The floor: one raw Utf8JsonReader pass over both documents.</summary>
    [Benchmark(Baseline = true)]
    public long RawReaderPass() => RawJsonPass.Run(_concept) + RawJsonPass.Run(_plan);

    /// <summary>Reads both documents into the model (with all structural validation).</summary>
    [Benchmark]
    public (CityConcept, DistrictPlan) Read() => ReadBoth();

    /// <summary>Reads both documents and checks the plan's coverage of the concept.</summary>
    [Benchmark]
    public object ReadAndCheck()
    {
        var (concept, plan) = ReadBoth();
        return _checker.Check(concept, plan, EvaluationDate);
    }

    private (CityConcept, DistrictPlan) ReadBoth()
        => (DocumentSerializer.ReadCityConcept(_concept, _options), DocumentSerializer.ReadDistrictPlan(_plan, _options));
}
