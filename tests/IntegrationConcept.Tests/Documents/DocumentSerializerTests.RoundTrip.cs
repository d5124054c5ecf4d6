using System.Text;
using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Model;
using Xunit;

namespace IntegrationConcept.Tests.Documents;

// Hand-built documents: every variant of reading and writing, lossless and byte-for-byte deterministic.
public sealed partial class DocumentSerializerTests
{
    public static TheoryData<string> Samples => new() { "Trier", "Minimal", "EhrangQuint", "MinimalPlan" };

    private static object Sample(string name) => name switch
    {
        "Trier" => SampleDocuments.Trier(),
        "Minimal" => SampleDocuments.Minimal(),
        "EhrangQuint" => SampleDocuments.EhrangQuint(),
        _ => SampleDocuments.MinimalPlan(),
    };

    private static string Write(object model) => model is CityConcept c ? DocumentSerializer.WriteCityConcept(c) : DocumentSerializer.WriteDistrictPlan((DistrictPlan)model);

    private static object Read(object model, string json) => model is CityConcept ? DocumentSerializer.ReadCityConcept(json) : DocumentSerializer.ReadDistrictPlan(json);

    [Theory]
    [MemberData(nameof(Samples))]
    public void Write_Sample_ReadsBackEqual(string name)
    {
        var model = Sample(name);

        Read(model, Write(model)).Should().Be(model);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Write_CanonicalText_IsReproducedByteForByte(string name)
    {
        var text = Write(Sample(name));

        Write(Read(Sample(name), text)).Should().Be(text);
        Write(Sample(name)).Should().Be(text);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Write_Sample_ValidatesAgainstCommittedSchema(string name)
    {
        var model = Sample(name);

        SchemaValidation.Errors(model is CityConcept ? DocumentKind.CityConcept : DocumentKind.DistrictPlan, Write(model)).Should().BeEmpty();
    }

    [Fact]
    public void WriteCityConcept_Minimal_IsExactlyTheDocumentedLayout()
    {
        var expected = """
            {
              "$schema": "https://raw.githubusercontent.com/integrationconcept/integrationconcept/main/schemas/city-concept.v2.schema.json",
              "formatVersion": 2,
              "title": "Konzept",
              "municipality": {
                "name": "Musterstadt"
              },
              "version": {
                "label": "1",
                "status": "draft"
              }
            }

            """;

        DocumentSerializer.WriteCityConcept(SampleDocuments.Minimal()).Should().Be(expected.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void WriteCityConcept_Umlauts_AreWrittenUnescapedAsUtf8()
    {
        var json = DocumentSerializer.WriteCityConcept(SampleDocuments.Trier());
        var bytes = DocumentSerializer.WriteCityConceptToUtf8Bytes(SampleDocuments.Trier());

        json.Should().Contain("Sprachförderung in der Kita").And.Contain("„Vielfalt“ — ½ ÄÖÜ äöü ß €").And.Contain("Großstadt");
        json.Should().NotContain("\\u00").And.NotContain("\r");
        Encoding.UTF8.GetString(bytes).Should().Be(json);
        bytes.Take(3).Should().NotEqual(Encoding.UTF8.GetPreamble());
    }

    [Fact]
    public void WriteCityConcept_CharactersJsonMustEscape_AreEscapedAndReadBack()
    {
        var concept = SampleDocuments.Minimal().WithMunicipality(new Municipality("Quote \" Backslash \\ Tab \t Line\n <&> 😀"));

        var json = DocumentSerializer.WriteCityConcept(concept);

        json.Should().Contain("Quote \\\" Backslash \\\\ Tab \\t Line\\n <&>");
        DocumentSerializer.ReadCityConcept(json).Should().Be(concept);
    }

    [Fact]
    public void WriteDistrictPlan_StartsWithSchemaAndFormatVersion()
    {
        var lines = DocumentSerializer.WriteDistrictPlan(SampleDocuments.EhrangQuint()).Split('\n');

        lines[1].Should().Be("  \"$schema\": \"https://raw.githubusercontent.com/integrationconcept/integrationconcept/main/schemas/district-plan.v2.schema.json\",");
        lines[2].Should().Be("  \"formatVersion\": 2,");
    }

    [Fact]
    public void WriteDistrictPlan_DecimalsAreCanonicalJsonNumbers()
    {
        var json = DocumentSerializer.WriteDistrictPlan(SampleDocuments.EhrangQuint());

        // The model holds 20.50m; the document holds the number, not its scale.
        json.Should().Contain("\"value\": 20.5").And.Contain("\"value\": 14").And.NotContain("20.50");
        DocumentSerializer.ReadDistrictPlan(json).Indicators[0].Targets[0].Value.Should().Be(20.50m);
    }

    [Fact]
    public void WriteDistrictPlan_NullAndEmptyMembers_AreLeftOut()
    {
        var json = DocumentSerializer.WriteDistrictPlan(SampleDocuments.MinimalPlan());

        json.Should().NotContain("null").And.NotContain("[]").And.NotContain("\"measures\"").And.NotContain("\"validity\"");
    }

    [Fact]
    public void ReadDistrictPlan_AllVariants_GiveTheSameModel()
    {
        var plan = SampleDocuments.EhrangQuint();
        var bytes = DocumentSerializer.WriteDistrictPlanToUtf8Bytes(plan);

        DocumentSerializer.ReadDistrictPlan(bytes.AsSpan()).Should().Be(plan);
        DocumentSerializer.ReadDistrictPlan(Encoding.UTF8.GetString(bytes)).Should().Be(plan);
        using var stream = new MemoryStream(bytes);
        DocumentSerializer.ReadDistrictPlan(stream).Should().Be(plan);
    }

    [Fact]
    public async Task ReadCityConceptAsync_Stream_GivesTheSameModel()
    {
        var concept = SampleDocuments.Trier();
        using var stream = new MemoryStream(DocumentSerializer.WriteCityConceptToUtf8Bytes(concept));

        (await DocumentSerializer.ReadCityConceptAsync(stream)).Should().Be(concept);
    }

    [Fact]
    public async Task ReadDistrictPlanAsync_NonSeekableChunkedStream_GivesTheSameModel()
    {
        var plan = SampleDocuments.EhrangQuint();
        using var stream = new TrickleStream(DocumentSerializer.WriteDistrictPlanToUtf8Bytes(plan), 7);

        (await DocumentSerializer.ReadDistrictPlanAsync(stream)).Should().Be(plan);
    }

    [Fact]
    public void ReadCityConcept_NonSeekableChunkedStream_GivesTheSameModel()
    {
        var concept = SampleDocuments.Trier();
        using var stream = new TrickleStream(DocumentSerializer.WriteCityConceptToUtf8Bytes(concept), 3);

        DocumentSerializer.ReadCityConcept(stream).Should().Be(concept);
    }

    [Fact]
    public async Task ReadCityConceptAsync_Cancelled_Throws()
    {
        using var stream = new MemoryStream(DocumentSerializer.WriteCityConceptToUtf8Bytes(SampleDocuments.Trier()));

        var act = async () => await DocumentSerializer.ReadCityConceptAsync(stream, cancellationToken: new CancellationToken(true));

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task WriteAllVariants_GiveTheSameBytes()
    {
        var concept = SampleDocuments.Trier();
        var plan = SampleDocuments.EhrangQuint();
        using var conceptStream = new MemoryStream();
        using var conceptAsync = new MemoryStream();
        using var planStream = new MemoryStream();
        using var planAsync = new MemoryStream();

        DocumentSerializer.WriteCityConcept(conceptStream, concept);
        await DocumentSerializer.WriteCityConceptAsync(conceptAsync, concept);
        DocumentSerializer.WriteDistrictPlan(planStream, plan);
        await DocumentSerializer.WriteDistrictPlanAsync(planAsync, plan);

        var conceptBytes = DocumentSerializer.WriteCityConceptToUtf8Bytes(concept);
        conceptStream.ToArray().Should().Equal(conceptBytes);
        conceptAsync.ToArray().Should().Equal(conceptBytes);
        Encoding.UTF8.GetBytes(DocumentSerializer.WriteCityConcept(concept)).Should().Equal(conceptBytes);
        var planBytes = DocumentSerializer.WriteDistrictPlanToUtf8Bytes(plan);
        planStream.ToArray().Should().Equal(planBytes);
        planAsync.ToArray().Should().Equal(planBytes);
        Encoding.UTF8.GetBytes(DocumentSerializer.WriteDistrictPlan(plan)).Should().Equal(planBytes);
    }

    [Fact]
    public void Write_NullArguments_Throw()
    {
        var concept = () => DocumentSerializer.WriteCityConcept((CityConcept)null!);
        var plan = () => DocumentSerializer.WriteDistrictPlanToUtf8Bytes(null!);
        var stream = () => DocumentSerializer.WriteCityConcept(null!, SampleDocuments.Minimal());

        concept.Should().Throw<ArgumentNullException>();
        plan.Should().Throw<ArgumentNullException>();
        stream.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ReadCityConcept_MembersInAnyOrder_ReadTheSame()
    {
        var json = """
            {
              "version": { "status": "draft", "label": "1" },
              "municipality": { "name": "Musterstadt" },
              "title": "Konzept",
              "formatVersion": 1
            }
            """;

        DocumentSerializer.ReadCityConcept(json).Should().Be(SampleDocuments.Minimal());
    }

    [Fact]
    public void ReadCityConcept_ExplicitNullsAndEmptyLists_ReadLikeAbsentMembers()
    {
        var json = """
            {
              "$schema": null,
              "formatVersion": 1,
              "title": "Konzept",
              "municipality": { "name": "Musterstadt", "officialKey": null, "profile": null },
              "version": { "label": "1", "status": "draft", "adoptionDate": null },
              "principles": [],
              "goals": null
            }
            """;

        DocumentSerializer.ReadCityConcept(json).Should().Be(SampleDocuments.Minimal());
    }

    /// <summary>
    /// Every document under samples/ (build outputs such as bin/ and obj/, and the package folders the samples script
    /// restores into, left out) is valid against its schema, reads,
    /// and reads back equal after writing. There are samples of both kinds, so the test cannot pass empty.
    /// </summary>
    [Fact]
    public void SampleFiles_ValidateAndRoundTrip()
    {
        var folder = Path.Combine(RepositoryFiles.Root, "samples");
        var files = Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)
                .Any(part => part is "bin" or "obj" or "artifacts" or "packages" or "packages-local" or ".nuget-packages"))
            .Where(file => !file.EndsWith(".schema.json", StringComparison.Ordinal))
            .ToList();
        var kinds = new List<DocumentKind>();
        foreach (var file in files)
        {
            // The sample documents, not build output (obj/project.assets.json of a package consumer names the schema files).
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (relative.Split('/').Any(part => part is "bin" or "obj" || part.StartsWith('.') || part == "packages-local"))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            foreach (var version in new[] { 1, 2 })
            {
                if (text.Contains($"city-concept.v{version}.schema.json", StringComparison.Ordinal))
                {
                    SchemaValidation.Errors(DocumentKind.CityConcept, version, text).Should().BeEmpty(file);
                    var concept = DocumentSerializer.ReadCityConcept(text);
                    DocumentSerializer.ReadCityConcept(DocumentSerializer.WriteCityConcept(concept)).Should().Be(concept, file);
                    kinds.Add(DocumentKind.CityConcept);
                }
                else if (text.Contains($"district-plan.v{version}.schema.json", StringComparison.Ordinal))
                {
                    SchemaValidation.Errors(DocumentKind.DistrictPlan, version, text).Should().BeEmpty(file);
                    var plan = DocumentSerializer.ReadDistrictPlan(text);
                    DocumentSerializer.ReadDistrictPlan(DocumentSerializer.WriteDistrictPlan(plan)).Should().Be(plan, file);
                    kinds.Add(DocumentKind.DistrictPlan);
                }
            }
        }

        kinds.Should().Contain(DocumentKind.CityConcept).And.Contain(DocumentKind.DistrictPlan, "the samples hold a city concept and a district plan");
    }

    /// <summary>A non-seekable stream that hands out a few bytes at a time.</summary>
    private sealed class TrickleStream(byte[] data, int chunk) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, chunk), data.Length - _position);
            data.AsSpan(_position, n).CopyTo(buffer.AsSpan(offset));
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
