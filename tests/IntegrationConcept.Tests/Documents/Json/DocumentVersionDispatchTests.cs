using System.Text.Json.Nodes;
using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Documents.Json;
using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Model;
using Xunit;

namespace IntegrationConcept.Tests.Documents.Json;

/// <summary>Reading dispatches on formatVersion to the reader of that version; writing writes the current one.</summary>
public sealed class DocumentVersionDispatchTests
{
    // A format with a second version that reads the same shape but marks what it read, to see which reader ran.
    private static readonly DocumentFormat<CityConcept> TwoVersions = new(
        DocumentKind.CityConcept,
        "city concept",
        "city-concept",
        null,
        V1Versions.CityConcept,
        new DtoDocumentVersion<CityConceptDocumentDto, CityConcept>(
            2,
            dto => CityConceptMapper.ToModel(dto with { Title = "v2: " + dto.Title }),
            CityConceptMapper.ToDto,
            problem => "$.v2" + V1Names.Path(problem)[1..]));

    [Theory]
    [InlineData(1, "Integrationskonzept")]
    [InlineData(2, "v2: Integrationskonzept")]
    public void Read_DispatchesOnFormatVersion(int version, string expectedTitle)
    {
        var read = DocumentReader.Read(TwoVersions, Document(version, versionFirst: true), null);

        read.Title.Should().StartWith(expectedTitle);
    }

    [Theory]
    [InlineData(1, "Integrationskonzept")]
    [InlineData(2, "v2: Integrationskonzept")]
    public void Read_FormatVersionAfterTheBody_StillDispatches(int version, string expectedTitle)
    {
        var read = DocumentReader.Read(TwoVersions, Document(version, versionFirst: false), null);

        read.Title.Should().StartWith(expectedTitle);
    }

    [Fact]
    public void Read_ModelProblem_IsPlacedByTheVersionThatRead()
    {
        var json = JsonNode.Parse(Document(2, versionFirst: true))!;
        json["principles"]![0]!["name"] = " ";

        var ex = Assert.Throws<DocumentFormatException>(() => DocumentReader.Read(TwoVersions, json.ToJsonString(), null));

        ex.Problems.Should().ContainSingle().Which.Path.Should().Be("$.v2.principles[0].name");
    }

    [Fact]
    public void Write_WritesTheCurrentVersion()
    {
        var written = JsonNode.Parse(DocumentWriter.Write(TwoVersions, SampleDocuments.Trier()))!;

        written["formatVersion"]!.GetValue<int>().Should().Be(2);
        written["$schema"]!.GetValue<string>().Should().EndWith("/city-concept.v2.schema.json");
    }

    [Fact]
    public void Registry_EveryKindReadsVersion1AndWritesItsLastVersion()
    {
        foreach (var format in DocumentFormats.All)
        {
            format.SupportedVersions.Should().Contain(1, format.Name);
            format.CurrentVersion.Should().Be(format.SupportedVersions[^1], format.Name);
            format.SchemaFileName.Should().Be(format.SchemaFileNameOf(format.CurrentVersion));
        }
    }

    [Fact]
    public void Constructor_VersionsOutOfOrder_Throws()
    {
        var act = () => new DocumentFormat<CityConcept>(DocumentKind.CityConcept, "c", "c", null, TwoVersions.Versions[1], TwoVersions.Versions[0]);

        act.Should().Throw<ArgumentException>().WithMessage("*ascending*");
    }

    private static string Document(int version, bool versionFirst)
    {
        var node = JsonNode.Parse(DocumentSerializer.WriteCityConcept(SampleDocuments.Trier()))!.AsObject();
        node.Remove("$schema");
        node.Remove("formatVersion");
        var result = new JsonObject();
        if (versionFirst)
        {
            result["formatVersion"] = version;
        }

        foreach (var (name, value) in node.ToList())
        {
            node.Remove(name);
            result[name] = value;
        }

        if (!versionFirst)
        {
            result["formatVersion"] = version;
        }

        return result.ToJsonString();
    }
}
