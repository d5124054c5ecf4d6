using System.Text;
using CsCheck;
using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Documents.Json.Direct;
using IntegrationConcept.Tests.Documents.Generators;
using IntegrationConcept.Tests.Documents.Hostile;
using Xunit;

namespace IntegrationConcept.Tests.Documents.Json;

// The property-based half of the differential tests (CsCheck runs on net10.0 only): random valid version-2 models are
// read directly, and text mutations of the valid samples read like the DTO-only pipeline.
public sealed partial class DirectReaderDifferentialTests
{
    [Fact]
    public void RandomVersion2Concepts_AreReadDirectlyAsWritten()
        => AssertReadDirectly(V2Gen.CityConcept, c => [Encoding.UTF8.GetBytes(DocumentSerializer.WriteCityConcept(c))], b => CityConceptDirectReader.TryReadV2(b, false, 64), 500);

    [Fact]
    public void RandomVersion2Plans_AreReadDirectlyAsWritten()
        => AssertReadDirectly(V2Gen.DistrictPlan, p => [Encoding.UTF8.GetBytes(DocumentSerializer.WriteDistrictPlan(p))], b => DistrictPlanDirectReader.TryReadV2(b, false, 64), 500);

    /// <summary>Every valid model, as each of its documents, is read directly (no fallback) into an equal model.</summary>
    internal static void AssertReadDirectly<T>(Gen<T> models, Func<T, byte[][]> documents, Func<byte[], T?> direct, int iter)
        where T : class
        => models.Sample(model =>
        {
            foreach (var bytes in documents(model))
            {
                var read = direct(bytes);
                read.Should().NotBeNull("a valid document as the library writes it is read directly");
                if (!read!.Equals(model))
                {
                    read.Should().Be(model);
                }
            }
        }, iter: iter);

    [Theory]
    [InlineData("concept")]
    [InlineData("plan")]
    public void SeededTextMutations_ReadLikeTheDtoReader(string kind)
    {
        var valid = MutationFuzzingTests.Valid(kind);
        var random = new Random(Seed - kind.Length);
        var mutations = DirectReaderTests.Mutations;
        for (var i = 0; i < 1_000; i++)
        {
            var json = mutations[i % mutations.Length](valid, random);
            AssertSame($"{kind} text mutation {i} (seed {Seed})", Encoding.UTF8.GetBytes(json), i % 3 == 0 ? Lenient : Strict, kind);
        }
    }
}
