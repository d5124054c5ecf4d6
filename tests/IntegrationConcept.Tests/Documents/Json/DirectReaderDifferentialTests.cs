using System.Text;
using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Documents.Json;
using IntegrationConcept.Documents.Json.Direct;
using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Documents.Json.V2;
using IntegrationConcept.Model;
using IntegrationConcept.Tests.Documents.Hostile;
using Xunit;

namespace IntegrationConcept.Tests.Documents.Json;

// The library's reading (direct readers first, for format versions 1 and 2) against a pipeline that reads only through
// the DTOs and mappers: over the valid samples, the hostile corpus, random valid models and seeded mutations, both give
// equal models, or both refuse with the same DocumentFormatException (message, path, line and position).
public sealed partial class DirectReaderDifferentialTests
{
    private const int Seed = 20261130;

    private static readonly DocumentReadOptions Strict = new();
    private static readonly DocumentReadOptions Lenient = new(allowUnknownMembers: true);

    private static readonly DocumentFormat<CityConcept> ConceptDtosOnly =
        new(DocumentKind.CityConcept, "city concept", "city-concept", null, V1Versions.CityConceptDtos, V2Versions.CityConceptDtos);

    private static readonly DocumentFormat<DistrictPlan> PlanDtosOnly =
        new(DocumentKind.DistrictPlan, "district plan", "district-plan", null, V1Versions.DistrictPlanDtos, V2Versions.DistrictPlanDtos);

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in FileList())
        {
            data.Add(file);
        }

        return data;
    }

    private static List<string> FileList()
    {
        var folders = new[]
        {
            Path.Combine(RepositoryFiles.Root, "samples", "TrierEhrangQuint", "data"),
            Path.Combine(RepositoryFiles.Root, "tests", "IntegrationConcept.Tests", "Documents", "V1Documents"),
            Path.Combine(RepositoryFiles.Root, "tests", "corpus", "hostile"),
        };
        return folders.SelectMany(Directory.GetFiles).Where(IsConceptOrPlan).Order(StringComparer.Ordinal)
            .Select(file => Path.GetRelativePath(RepositoryFiles.Root, file)).ToList();
    }

    [Fact]
    public void Files_CoverBothKindsAndBothVersions()
    {
        var files = FileList();
        files.Should().Contain(f => f.EndsWith("trier-city-concept.json", StringComparison.Ordinal));
        files.Should().Contain(f => f.EndsWith("ehrang-quint-district-plan.v1.json", StringComparison.Ordinal));
        files.Count(f => f.Contains("hostile", StringComparison.Ordinal)).Should().BeGreaterThan(15);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void File_ReadsLikeTheDtoReader(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryFiles.Root, file));
        AssertSame(file, bytes, Strict);
        AssertSame(file, bytes, Lenient);
    }

    [Fact]
    public void ValidSamples_AreReadDirectly()
    {
        var data = Path.Combine(RepositoryFiles.Root, "samples", "TrierEhrangQuint", "data");
        var concept = File.ReadAllBytes(Path.Combine(data, "trier-city-concept.json"));
        var plan = File.ReadAllBytes(Path.Combine(data, "ehrang-quint-district-plan.json"));

        CityConceptDirectReader.TryReadV2(concept, false, 64).Should().Be(DocumentReader.Read(ConceptDtosOnly, concept, Strict));
        DistrictPlanDirectReader.TryReadV2(plan, false, 64).Should().Be(DocumentReader.Read(PlanDtosOnly, plan, Strict));
    }

    [Theory]
    [InlineData("concept")]
    [InlineData("plan")]
    public void SeededByteMutations_ReadLikeTheDtoReader(string kind)
    {
        var valid = Encoding.UTF8.GetBytes(MutationFuzzingTests.Valid(kind));
        var random = new Random(Seed + kind.Length);
        for (var i = 0; i < 1_000; i++)
        {
            var document = MutationFuzzingTests.Mutate(valid, random);
            AssertSame($"{kind} mutation {i} (seed {Seed})", document, i % 2 == 0 ? Strict : Lenient, kind);
        }
    }

    private static bool IsConceptOrPlan(string file)
    {
        var name = Path.GetFileName(file);
        return name.EndsWith(".json", StringComparison.Ordinal) && (KindOf(name) is not null);
    }

    private static string? KindOf(string name)
        => name.StartsWith("concept-", StringComparison.Ordinal) || name.Contains("city-concept", StringComparison.Ordinal) ? "concept"
        : name.StartsWith("plan-", StringComparison.Ordinal) || name.Contains("district-plan", StringComparison.Ordinal) ? "plan"
        : null;

    private static void AssertSame(string file, byte[] bytes, DocumentReadOptions options)
        => AssertSame(file, bytes, options, KindOf(Path.GetFileName(file))!);

    private static void AssertSame(string what, byte[] bytes, DocumentReadOptions options, string kind)
    {
        if (kind == "concept")
        {
            Compare(what, () => DocumentSerializer.ReadCityConcept(bytes, options), () => DocumentReader.Read(ConceptDtosOnly, bytes, options));
        }
        else
        {
            Compare(what, () => DocumentSerializer.ReadDistrictPlan(bytes, options), () => DocumentReader.Read(PlanDtosOnly, bytes, options));
        }
    }

    private static void Compare<T>(string what, Func<T> library, Func<T> dtoOnly)
        where T : class
    {
        var (model, error) = Outcome(library);
        var (expectedModel, expectedError) = Outcome(dtoOnly);
        if (expectedError is null)
        {
            error.Should().BeNull(what);
            if (!model!.Equals(expectedModel))
            {
                model.Should().Be(expectedModel, what);
            }

            return;
        }

        error.Should().NotBeNull(what);
        error!.Message.Should().Be(expectedError.Message, what);
        error.Path.Should().Be(expectedError.Path, what);
        error.LineNumber.Should().Be(expectedError.LineNumber, what);
        error.BytePositionInLine.Should().Be(expectedError.BytePositionInLine, what);
    }

    private static (T? Model, DocumentFormatException? Error) Outcome<T>(Func<T> read)
        where T : class
    {
        try
        {
            return (read(), null);
        }
        catch (DocumentFormatException ex)
        {
            return (null, ex);
        }
    }
}
