using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Documents.Json;
using IntegrationConcept.Documents.Json.Direct;
using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Model;
using IntegrationConcept.Tests.Documents.Generators;
using Xunit;

namespace IntegrationConcept.Tests.Documents.Json;

// The direct reader (Utf8JsonReader straight into the model) against the DTO reader: on every valid document both
// give the same model; on a damaged document the direct reader either gives up (and the DTO reader reports) or both
// read the same model. It must never accept a document that the DTO reader refuses.
public sealed class DirectReaderTests
{
    private static readonly DocumentReadOptions Strict = new();
    private static readonly DocumentReadOptions Lenient = new(allowUnknownMembers: true);

    [Fact]
    public void DistrictPlan_RandomValidPlans_ReadLikeTheDtoReader()
        => DirectReaderDifferentialTests.AssertReadDirectly(PlanGen.DistrictPlan, p => Both(DocumentWriter.WriteToUtf8Bytes(PlanDtosOnly, p)), b => DistrictPlanDirectReader.TryRead(b, false, 64), 1000);

    [Fact]
    public void DistrictPlan_DamagedDocuments_DirectReaderNeverAcceptsWhatTheDtoReaderRefuses()
    {
        var accepted = 0;
        var refused = 0;
        Gen.Select(PlanGen.DistrictPlan, Gen.Int[0, Mutations.Length - 1], Gen.Int[0, int.MaxValue], Gen.Bool).Sample((plan, mutation, seed, lenient) =>
        {
            var json = Mutations[mutation](Encoding.UTF8.GetString(DocumentWriter.WriteToUtf8Bytes(PlanDtosOnly, plan)), new Random(seed));
            var bytes = Encoding.UTF8.GetBytes(json);
            var options = lenient ? Lenient : Strict;
            var direct = DistrictPlanDirectReader.TryRead(bytes, options.AllowUnknownMembers, options.MaxDepth);
            DistrictPlan? dto;
            try
            {
                dto = DtoRead(bytes, options);
            }
            catch (DocumentFormatException)
            {
                dto = null;
            }

            if (direct is null)
            {
                refused++;
                return;
            }

            accepted++;
            dto.Should().NotBeNull($"the direct reader accepted a document the DTO reader refuses:\n{json}");
            if (!direct.Equals(dto))
            {
                direct.Should().Be(dto, json);
            }
        }, iter: 3000, threads: 1);

        accepted.Should().BePositive("some mutations leave a readable document");
        refused.Should().BePositive("some mutations break the document");
    }

    [Fact]
    public void CityConcept_RandomValidConcepts_ReadLikeTheDtoReader()
        => DirectReaderDifferentialTests.AssertReadDirectly(ModelGen.CityConcept, c => Both(DocumentWriter.WriteToUtf8Bytes(ConceptDtosOnly, c)), b => CityConceptDirectReader.TryRead(b, false, 64), 1000);

    [Fact]
    public void CityConcept_DamagedDocuments_DirectReaderNeverAcceptsWhatTheDtoReaderRefuses()
    {
        var accepted = 0;
        var refused = 0;
        Gen.Select(ModelGen.CityConcept, Gen.Int[0, Mutations.Length - 1], Gen.Int[0, int.MaxValue], Gen.Bool).Sample((concept, mutation, seed, lenient) =>
        {
            var json = Mutations[mutation](Encoding.UTF8.GetString(DocumentWriter.WriteToUtf8Bytes(ConceptDtosOnly, concept)), new Random(seed));
            var bytes = Encoding.UTF8.GetBytes(json);
            var options = lenient ? Lenient : Strict;
            var direct = CityConceptDirectReader.TryRead(bytes, options.AllowUnknownMembers, options.MaxDepth);
            CityConcept? dto;
            try
            {
                dto = DtoReadConcept(bytes, options);
            }
            catch (DocumentFormatException)
            {
                dto = null;
            }

            if (direct is null)
            {
                refused++;
                return;
            }

            accepted++;
            dto.Should().NotBeNull($"the direct reader accepted a document the DTO reader refuses:\n{json}");
            if (!direct.Equals(dto))
            {
                direct.Should().Be(dto, json);
            }
        }, iter: 3000, threads: 1);

        accepted.Should().BePositive("some mutations leave a readable document");
        refused.Should().BePositive("some mutations break the document");
    }

    [Fact]
    public void DistrictPlan_NullUnknownOrRepeatedMember_GivesUp()
    {
        const string Head = """{"formatVersion":1,"title":"T","district":{"name":"D"},"concept":{"municipality":"M","versionLabel":"V"}""";
        DistrictPlanDirectReader.TryRead(Encoding.UTF8.GetBytes(Head + "}"), false, 64).Should().NotBeNull();
        DistrictPlanDirectReader.TryRead(Encoding.UTF8.GetBytes(Head + ""","validity":null}"""), false, 64).Should().BeNull();
        DistrictPlanDirectReader.TryRead(Encoding.UTF8.GetBytes(Head + ""","extra":1}"""), false, 64).Should().BeNull();
        DistrictPlanDirectReader.TryRead(Encoding.UTF8.GetBytes(Head + ""","extra":1}"""), true, 64).Should().NotBeNull();
        DistrictPlanDirectReader.TryRead(Encoding.UTF8.GetBytes(Head + ""","title":"U"}"""), false, 64).Should().BeNull();
        DistrictPlanDirectReader.TryRead(Encoding.UTF8.GetBytes(Head.Replace("\"formatVersion\":1", "\"formatVersion\":2") + "}"), false, 64).Should().BeNull();
        DistrictPlanDirectReader.TryRead(Encoding.UTF8.GetBytes(Head + "} {}"), false, 64).Should().BeNull();
    }

    // Version 1 written and read by the DTO version alone (the library writes version 2), behind the same pipeline (size limit, byte order mark, header probe, version dispatch).
    private static readonly DocumentFormat<DistrictPlan> PlanDtosOnly = new(DocumentKind.DistrictPlan, "district plan", "district-plan", null, V1Versions.DistrictPlanDtos);

    private static readonly DocumentFormat<CityConcept> ConceptDtosOnly = new(DocumentKind.CityConcept, "city concept", "city-concept", null, V1Versions.CityConceptDtos);

    private static DistrictPlan DtoRead(byte[] bytes, DocumentReadOptions options) => DocumentReader.Read(PlanDtosOnly, bytes, options);

    private static CityConcept DtoReadConcept(byte[] bytes, DocumentReadOptions options) => DocumentReader.Read(ConceptDtosOnly, bytes, options);

    // A document as written (indented) and compact.
    private static byte[][] Both(byte[] indented) => [indented, Compact(indented)];

    private static byte[] Compact(byte[] indented)
    {
        using var document = System.Text.Json.JsonDocument.Parse(indented);
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream, new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        return stream.ToArray();
    }

    // Each mutation damages (or only reshapes) the document text in one way a person or a tool might.
    internal static readonly Func<string, Random, string>[] Mutations =
    [
        (json, random) => ReplaceOne(json, random, "\"[^\"]*\"(?=[,\\n}\\]])", "null"),               // a string value becomes null
        (json, random) => ReplaceOne(json, random, "\"[^\"]*\"(?=[,\\n}\\]])", "12"),                 // a string value becomes a number
        (json, random) => ReplaceOne(json, random, "-?\\d+(\\.\\d+)?(?=[,\\n}\\]])", "\"1\""),          // a number becomes a string
        (json, random) => ReplaceOne(json, random, "\\n\\s*\"[a-zA-Z]+\": [^\\[{\\n]+,(?=\\n)", ""),    // a scalar member is removed
        (json, random) => ReplaceOne(json, random, "\\{", "{\"extra\": 1,"),                           // an unknown member
        (json, random) => ReplaceOne(json, random, "\\{\\n(\\s*\"[a-zA-Z]+\": \"[^\"]*\",)", "{\n$1$1"), // a repeated member
        (json, random) => ReplaceOne(json, random, "\"id\"", "\"\\u0069d\""),                         // an escaped member name
        (json, random) => ReplaceOne(json, random, "\"(carrier|partner|planned|running|district|need|potential|ascending|quantitative|adopted|draft|guiding|action|operational)\"", "\"Carrier\""), // a wrong enum name
        (json, random) => ReplaceOne(json, random, "\"(\\d{4})-(\\d{2})-(\\d{2})\"", "\"$1-$2-$3T00:00\""), // a date with a time
        (json, random) => ReplaceOne(json, random, "\"[A-Za-z0-9-]+\"(?=[,\\n\\]])", "\" padded \""),  // outer white space in a value
        (json, random) => ReplaceOne(json, random, "\\]", ",]"),                                        // a trailing comma
        (json, random) => ReplaceOne(json, random, "\\[\\n", "[null,\n"),                               // a null list entry
        (json, random) => ReplaceOne(json, random, "\"formatVersion\": 1", "\"formatVersion\": 1.0"),   // a version with a fraction
        (json, random) => json.Remove(random.Next(json.Length), 1),                                     // a character lost
        (json, random) => json[..random.Next(json.Length)],                                             // truncated
        (json, random) => json + " ",                                                                   // trailing white space (still valid)
        (json, random) => ReplaceOne(json, random, "\\d+\\.\\d+", "1e400"),                              // a number out of range
        (json, random) => ReplaceOne(json, random, "\"value\": -?[\\d.]+", "\"value\": 1E2"),            // a number with an exponent
        (json, random) => ReplaceOne(json, random, "\"[^\"]*\"(?=[,\\n}\\]])", "\"\\u00e4\\n\""),       // an escaped string value
    ];

    private static string ReplaceOne(string json, Random random, string pattern, string replacement)
    {
        var matches = Regex.Matches(json, pattern);
        if (matches.Count == 0)
        {
            return json;
        }

        var match = matches[random.Next(matches.Count)];
        return json[..match.Index] + match.Result(replacement) + json[(match.Index + match.Length)..];
    }
}
