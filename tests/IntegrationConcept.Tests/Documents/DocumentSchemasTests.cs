using System.Text.Json.Nodes;
using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Documents.Json;
using IntegrationConcept.Model;
using Xunit;

namespace IntegrationConcept.Tests.Documents;

/// <summary>
/// The committed schemas under schemas/ are what the exporter makes of the DTO types. To regenerate them after
/// changing a DTO, run the tests once with IC_UPDATE_SCHEMAS=1 (then commit the files):
/// <c>IC_UPDATE_SCHEMAS=1 dotnet test tests/IntegrationConcept.Tests --filter DocumentSchemasTests</c>.
/// </summary>
public sealed class DocumentSchemasTests
{
    public static TheoryData<DocumentKind> Kinds => new() { DocumentKind.CityConcept, DocumentKind.DistrictPlan, DocumentKind.RuleSet, DocumentKind.CoverageReport, DocumentKind.CoverageMatrix, DocumentKind.Feedback };

    /// <summary>Every version of every kind in the registry: each has its committed schema file.</summary>
    public static TheoryData<DocumentKind, int> Versions
    {
        get
        {
            var data = new TheoryData<DocumentKind, int>();
            foreach (var format in DocumentFormats.All)
            {
                foreach (var version in format.SupportedVersions)
                {
                    data.Add(format.Kind, version);
                }
            }

            return data;
        }
    }

    [Fact]
    public void Versions_CoverEveryKind()
        => DocumentFormats.All.Select(format => format.Kind).Should().BeEquivalentTo(Enum.GetValues<DocumentKind>());

    [Theory]
    [MemberData(nameof(Versions))]
    public void CommittedFile_EqualsExporterOutput(DocumentKind kind, int version)
    {
        var format = DocumentFormats.Get(kind);
        var generated = DocumentSchemaGenerator.Generate(format, version);
        var file = Path.Combine(RepositoryFiles.Root, "schemas", format.SchemaFileNameOf(version));
        if (Environment.GetEnvironmentVariable("IC_UPDATE_SCHEMAS") == "1")
        {
            File.WriteAllText(file, generated);
        }

        File.Exists(file).Should().BeTrue($"{file} is committed; regenerate it with IC_UPDATE_SCHEMAS=1");
        File.ReadAllText(file).Should().Be(generated, "the committed schema must match the DTO types; regenerate it with IC_UPDATE_SCHEMAS=1");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Get_EmbeddedSchema_EqualsCommittedFile(DocumentKind kind)
    {
        var file = Path.Combine(RepositoryFiles.Root, "schemas", DocumentFormats.Get(kind).SchemaFileName);

        DocumentSchemas.Get(kind).Should().Be(File.ReadAllText(file));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Get_Schema_IsDraft202012WithIdEqualToUri(DocumentKind kind)
    {
        var schema = JsonNode.Parse(DocumentSchemas.Get(kind))!.AsObject();

        schema["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        schema["$id"]!.GetValue<string>().Should().Be(DocumentSchemas.GetUri(kind).ToString());
        schema["additionalProperties"]!.GetValue<bool>().Should().BeFalse();
        SchemaValidation.FromText(DocumentSchemas.Get(kind)).Should().NotBeNull();
    }

    [Fact]
    public void Properties_NameTheirKind()
    {
        DocumentSchemas.CityConcept.Should().Contain("city-concept.v2.schema.json");
        DocumentSchemas.DistrictPlan.Should().Contain("district-plan.v2.schema.json");
        DocumentSchemas.RuleSet.Should().Contain("rule-set.v1.schema.json").And.Contain("Custom rules are C# code");
        DocumentSchemas.CoverageReport.Should().Contain("coverage-report.v1.schema.json");
        DocumentSchemas.CoverageMatrix.Should().Contain("coverage-matrix.v1.schema.json");
        DocumentSchemas.GetUri(DocumentKind.CityConcept).ToString()
            .Should().Be("https://raw.githubusercontent.com/integrationconcept/integrationconcept/main/schemas/city-concept.v2.schema.json");
    }

    /// <summary>
    /// The element a suppression or out-of-scope declaration names is read with the id grammar; the published schema
    /// refuses the same ids at the same place, and still accepts the well-formed ones around them.
    /// </summary>
    [Theory]
    [InlineData("plan-suppression-id-zero-width.json", "/suppressions/0/elementId")]
    [InlineData("plan-out-of-scope-id-space.json", "/outOfScope/1/elementId")]
    public void Schema_RefusesThePlainIdsTheReaderRefuses(string file, string location)
    {
        var json = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "corpus", "hostile", file));

        var read = () => DocumentSerializer.ReadDistrictPlan(json);
        read.Should().Throw<DocumentFormatException>();
        var errors = SchemaValidation.Errors(DocumentKind.DistrictPlan, json);
        errors.Should().ContainSingle().Which.Should().StartWith(location + ": pattern");
    }
}
