using System.Text;
using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Model;
using Xunit;

namespace IntegrationConcept.Tests.Documents;

// Every class of bad input: one DocumentFormatException with path, position and a message a planner can act on.
public sealed partial class DocumentSerializerTests
{
    private const string Head = """
        {
          "$schema": "https://raw.githubusercontent.com/integrationconcept/integrationconcept/main/schemas/city-concept.v1.schema.json",
          "formatVersion": 1,
        """;

    private static string Concept(string body) => Head + "\n" + body + "\n}";

    private const string Body = """
          "title": "Integrationskonzept",
          "municipality": { "name": "Trier" },
          "version": { "label": "2011-12", "status": "adopted" }
        """;

    private static DocumentFormatException ReadConceptFails(string json, DocumentReadOptions? options = null)
    {
        var act = () => DocumentSerializer.ReadCityConcept(json, options);
        var ex = act.Should().ThrowExactly<DocumentFormatException>().Which;
        ex.DocumentKind.Should().Be(DocumentKind.CityConcept);
        ex.Problems.Should().NotBeEmpty();
        ex.Problems[0].Path.Should().Be(ex.Path);
        return ex;
    }

    private static DocumentFormatException ReadPlanFails(string json, DocumentReadOptions? options = null)
    {
        var act = () => DocumentSerializer.ReadDistrictPlan(json, options);
        var ex = act.Should().ThrowExactly<DocumentFormatException>().Which;
        ex.DocumentKind.Should().Be(DocumentKind.DistrictPlan);
        return ex;
    }

    [Fact]
    public void ReadCityConcept_ValidMinimalDocument_Reads()
    {
        var concept = DocumentSerializer.ReadCityConcept(Concept(Body));

        concept.Title.Should().Be("Integrationskonzept");
        concept.Version.Status.Should().Be(IntegrationConcept.Model.ConceptStatus.Adopted);
    }

    [Fact]
    public void ReadCityConcept_NotJson_NamesPositionAndSaysNotJson()
    {
        var ex = ReadConceptFails("Integrationskonzept der Stadt Trier");

        ex.Path.Should().Be("$");
        ex.LineNumber.Should().Be(0);
        ex.BytePositionInLine.Should().NotBeNull();
        ex.Message.Should().Contain("not valid JSON").And.Contain("line 1");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void ReadCityConcept_Empty_SaysEmpty(string json)
    {
        ReadConceptFails(json).Message.Should().Contain("empty");
    }

    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("null", "null")]
    [InlineData("42", "a number")]
    public void ReadCityConcept_RootNotAnObject_SaysObjectExpected(string json, string found)
    {
        var ex = ReadConceptFails(json);

        ex.Path.Should().Be("$");
        ex.Message.Should().Contain("must be a JSON object").And.Contain(found);
    }

    [Fact]
    public void ReadCityConcept_Truncated_SaysTruncatedAtTheEnd()
    {
        var json = Concept(Body);
        var ex = ReadConceptFails(json[..^2]);

        ex.Message.Should().Contain("truncated");
        ex.LineNumber.Should().Be(json[..^2].Count(c => c == '\n'));
    }

    [Fact]
    public void ReadCityConcept_EveryPrefixOfADocument_ThrowsOnlyDocumentFormatException()
    {
        var bytes = DocumentSerializer.WriteCityConceptToUtf8Bytes(SampleDocuments.Trier());

        // The full text less its final line end is still a complete document.
        for (var length = 0; length < bytes.Length - 1; length++)
        {
            var prefix = bytes.AsSpan(0, length).ToArray();
            var act = () => DocumentSerializer.ReadCityConcept(prefix);
            act.Should().ThrowExactly<DocumentFormatException>($"a document cut after {length} bytes is incomplete");
        }
    }

    [Theory]
    [InlineData("\"title\": 5,", "$.title", "Expected a string")]
    [InlineData("\"title\": [\"a\"],", "$.title", "Expected a string")]
    [InlineData("\"title\": { },", "$.title", "Expected a string")]
    [InlineData("\"title\": true,", "$.title", "Expected a string")]
    public void ReadCityConcept_WrongValueType_NamesPathAndExpectedType(string title, string path, string message)
    {
        var ex = ReadConceptFails(Concept(Body.Replace("\"title\": \"Integrationskonzept\",", title, StringComparison.Ordinal)));

        ex.Path.Should().Be(path);
        ex.LineNumber.Should().Be(3);
        ex.Message.Should().Contain(message).And.Contain(path).And.Contain("line 4");
        ex.Message.Should().NotContain("IntegrationConcept.Documents", "a planner should not read .NET type names");
    }

    [Theory]
    [InlineData("\"status\": 1", "$.version.status", "one of \"draft\", \"adopted\", \"updated\"")]
    [InlineData("\"status\": \"Adopted\"", "$.version.status", "'Adopted' is not allowed here; write one of \"draft\", \"adopted\", \"updated\"")]
    [InlineData("\"status\": \"adopted, draft\"", "$.version.status", "is not allowed here")]
    [InlineData("\"status\": null", "$.version.status", "\"draft\"")]
    public void ReadCityConcept_BadEnumValue_ListsAllowedNames(string status, string path, string message)
    {
        var ex = ReadConceptFails(Concept(Body.Replace("\"status\": \"adopted\"", status, StringComparison.Ordinal)));

        ex.Path.Should().Be(path);
        ex.Message.Should().Contain(message);
    }

    [Fact]
    public void ReadCityConcept_NumberAsString_IsRejected()
    {
        var ex = ReadConceptFails(Concept(Body.Replace("{ \"name\": \"Trier\" }", "{ \"name\": \"Trier\", \"profile\": { \"population\": { \"count\": \"108472\", \"referenceYear\": 2014 } } }", StringComparison.Ordinal)));

        ex.Path.Should().Be("$.municipality.profile.population.count");
        ex.Message.Should().Contain("Expected a whole number");
    }

    [Fact]
    public void ReadCityConcept_FormatVersionAsString_IsRejected()
    {
        var ex = ReadConceptFails(Head.Replace("\"formatVersion\": 1", "\"formatVersion\": \"1\"", StringComparison.Ordinal) + "\n" + Body + "\n}");

        ex.Path.Should().Be("$.formatVersion");
        ex.Message.Should().Contain("whole number");
    }

    [Fact]
    public void ReadCityConcept_MissingRequiredMember_NamesMemberAndObject()
    {
        var ex = ReadConceptFails(Concept(Body.Replace("\"title\": \"Integrationskonzept\",", string.Empty, StringComparison.Ordinal)));

        ex.Path.Should().Be("$");
        ex.Message.Should().Contain("required member is missing").And.Contain("'title'");
    }

    [Fact]
    public void ReadCityConcept_MissingRequiredMemberOfAnElement_NamesTheElement()
    {
        var ex = ReadConceptFails(Concept(Body + ",\n  \"goals\": [ { \"id\": \"BS-1\", \"actionFieldId\": \"BS\" } ]"));

        ex.Path.Should().Be("$.goals[0]");
        ex.Message.Should().Contain("'text'");
    }

    [Fact]
    public void ReadCityConcept_NullForRequiredMember_SaysNotNull()
    {
        var ex = ReadConceptFails(Concept(Body.Replace("\"Integrationskonzept\"", "null", StringComparison.Ordinal)));

        ex.Path.Should().Be("$.title");
        ex.Message.Should().Contain("must not be null").And.Contain("a string");
    }

    [Fact]
    public void ReadCityConcept_UnknownMember_IsAnErrorByDefault()
    {
        var ex = ReadConceptFails(Concept(Body + ",\n  \"zeile\": \"egal\""));

        ex.Path.Should().Be("$.zeile");
        ex.LineNumber.Should().Be(6);
        ex.Message.Should().Contain("'zeile'").And.Contain("spelling").And.Contain("AllowUnknownMembers");
    }

    [Fact]
    public void ReadCityConcept_MisspeltNestedMember_NamesItsPath()
    {
        var ex = ReadConceptFails(Concept(Body.Replace("\"label\"", "\"lable\"", StringComparison.Ordinal)));

        ex.Path.Should().Be("$.version.lable");
    }

    [Fact]
    public void ReadCityConcept_UnknownMembersAllowed_SkipsThem()
    {
        var options = DocumentReadOptions.Default.WithAllowUnknownMembers(true);
        var json = Concept(Body.Replace("\"label\"", "\"note\": { \"a\": [1, 2, { \"b\": null }] }, \"label\"", StringComparison.Ordinal) + ",\n  \"zeile\": \"egal\"");

        DocumentSerializer.ReadCityConcept(json, options).Should().Be(DocumentSerializer.ReadCityConcept(Concept(Body)));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("99999999999")]
    public void ReadCityConcept_UnsupportedFormatVersion_ListsSupportedVersions(string version)
    {
        // A version-3 body could look entirely different: the version is checked before the body.
        var ex = ReadConceptFails(Head.Replace("\"formatVersion\": 1", "\"formatVersion\": " + version, StringComparison.Ordinal) + "\n  \"ganzAnders\": true\n}");

        ex.Path.Should().Be("$.formatVersion");
        ex.LineNumber.Should().Be(2);
        ex.Message.Should().Contain($"formatVersion {version} is not supported").And.Contain("reads formatVersion 1, 2");
    }

    [Fact]
    public void ReadCityConcept_UnsupportedFormatVersionLaterInTheObject_IsStillRejected()
    {
        var json = "{\n" + Body + ",\n  \"formatVersion\": 3\n}";

        ReadConceptFails(json).Message.Should().Contain("formatVersion 3 is not supported");
    }

    [Fact]
    public void ReadCityConcept_MissingFormatVersion_IsAMissingMember()
    {
        var ex = ReadConceptFails("{\n" + Body + "\n}");

        ex.Message.Should().Contain("'formatVersion'");
    }

    [Theory]
    [InlineData("2011-02-30")]
    [InlineData("2023-02-29")]
    [InlineData("2011-13-01")]
    [InlineData("2011-00-10")]
    [InlineData("2011-12-00")]
    [InlineData("201a-12-13")]
    [InlineData("2011/12/13")]
    [InlineData("13.12.2011")]
    [InlineData("2011-12-13T00:00:00")]
    [InlineData("")]
    public void ReadCityConcept_InvalidDate_NamesPathAndFormat(string date)
    {
        var ex = ReadConceptFails(Concept(Body.Replace("\"status\": \"adopted\"", $"\"status\": \"adopted\", \"adoptionDate\": \"{date}\"", StringComparison.Ordinal)));

        ex.Path.Should().Be("$.version.adoptionDate");
        ex.LineNumber.Should().Be(5);
        ex.Message.Should().Contain($"'{date}' is not a valid date").And.Contain("YYYY-MM-DD");
    }

    [Theory]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    [InlineData("\\u0032011-12-13", 2011, 12, 13)]
    public void ReadCityConcept_ValidDate_ReadsTheDay(string date, int year, int month, int day)
    {
        var concept = DocumentSerializer.ReadCityConcept(Concept(Body.Replace("\"status\": \"adopted\"", $"\"status\": \"adopted\", \"adoptionDate\": \"{date}\"", StringComparison.Ordinal)));

        concept.Version.AdoptionDate.Should().Be(new NodaTime.LocalDate(year, month, day));
    }

    [Fact]
    public void ReadCityConcept_DateAsNumber_SaysDateExpected()
    {
        var ex = ReadConceptFails(Concept(Body.Replace("\"status\": \"adopted\"", "\"status\": \"adopted\", \"adoptionDate\": 20111213", StringComparison.Ordinal)));

        ex.Path.Should().Be("$.version.adoptionDate");
        ex.Message.Should().Contain("2011-12-13");
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    public void ReadCityConcept_NaNOrInfinity_IsRejected(string number)
    {
        var ex = ReadConceptFails(Concept(Body.Replace("{ \"name\": \"Trier\" }", "{ \"name\": \"Trier\", \"profile\": { \"projection\": { \"changePercent\": " + number + ", \"fromYear\": 2012, \"toYear\": 2030 } } }", StringComparison.Ordinal)));

        ex.Path.Should().Be("$.municipality.profile.projection.changePercent");
        ex.Message.Should().Contain("NaN and Infinity are not JSON numbers");
    }

    [Theory]
    [InlineData("\"NaN\"", "Expected a finite number")]
    [InlineData("1e400", "The number 1e400 is too large")]
    public void ReadCityConcept_NumberOutOfRangeOrQuoted_SaysFiniteNumberExpected(string number, string expected)
    {
        var ex = ReadConceptFails(Concept(Body.Replace("{ \"name\": \"Trier\" }", "{ \"name\": \"Trier\", \"profile\": { \"projection\": { \"changePercent\": " + number + ", \"fromYear\": 2012, \"toYear\": 2030 } } }", StringComparison.Ordinal)));

        ex.Path.Should().Be("$.municipality.profile.projection.changePercent");
        ex.Message.Should().Contain(expected);
    }

    [Fact]
    public void ReadCityConcept_DuplicateProperty_IsRejected()
    {
        var ex = ReadConceptFails(Concept(Body + ",\n  \"title\": \"Zweiter Titel\""));

        ex.Path.Should().Be("$.title");
        ex.LineNumber.Should().Be(6);
        ex.Message.Should().Contain("'title' appears more than once");
    }

    [Fact]
    public void ReadCityConcept_DuplicateNestedProperty_IsRejected()
    {
        var ex = ReadConceptFails(Concept(Body.Replace("\"label\": \"2011-12\"", "\"label\": \"2011-12\", \"label\": \"2014\"", StringComparison.Ordinal)));

        ex.Path.Should().Be("$.version.label");
    }

    [Fact]
    public void ReadCityConcept_NestingDeeperThanDefaultLimit_IsRejected()
    {
        var deep = new string('[', 70) + new string(']', 70);
        var ex = ReadConceptFails(Concept(Body + ",\n  \"x\": " + deep), DocumentReadOptions.Default.WithAllowUnknownMembers(true));

        ex.Message.Should().Contain("depth of 64").And.Contain("MaxDepth");
        ex.LineNumber.Should().Be(6);
    }

    [Fact]
    public void ReadDistrictPlan_NestingDeeperThanConfiguredLimit_IsRejected()
    {
        var json = DocumentSerializer.WriteDistrictPlan(SampleDocuments.EhrangQuint());

        var ex = ReadPlanFails(json, new DocumentReadOptions(maxDepth: 3));

        ex.Message.Should().Contain("depth of 3");
        ex.Path.Should().StartWith("$.");
        DocumentSerializer.ReadDistrictPlan(json, new DocumentReadOptions(maxDepth: 5)).Should().Be(SampleDocuments.EhrangQuint());
    }

    [Fact]
    public void ReadCityConcept_DocumentOverSizeLimit_IsRejectedBeforeParsing()
    {
        var options = new DocumentReadOptions(maxDocumentBytes: 100);
        var json = Concept(Body);

        ReadConceptFails(json, options).Message.Should().Contain("larger than the limit of 100 bytes").And.Contain("MaxDocumentBytes");
        var bytes = Encoding.UTF8.GetBytes(json);
        var act = () => DocumentSerializer.ReadCityConcept(bytes, options);
        act.Should().ThrowExactly<DocumentFormatException>().Which.Message.Should().Contain($"{bytes.Length:N0} bytes");
        DocumentSerializer.ReadCityConcept(json, new DocumentReadOptions(maxDocumentBytes: bytes.Length)).Title.Should().Be("Integrationskonzept");
    }

    [Fact]
    public void ReadCityConcept_GarbageOverSizeLimit_SaysTooLargeNotInvalid()
    {
        var ex = ReadConceptFails(new string('x', 200), new DocumentReadOptions(maxDocumentBytes: 100));

        ex.Message.Should().Contain("larger than the limit");
    }

    [Fact]
    public void ReadCityConcept_UmlautsCountAsTheirUtf8Bytes()
    {
        var json = Concept(Body.Replace("Trier", "Trieräöü", StringComparison.Ordinal));
        var utf8 = Encoding.UTF8.GetByteCount(json);

        ReadConceptFails(json, new DocumentReadOptions(maxDocumentBytes: utf8 - 1));
        DocumentSerializer.ReadCityConcept(json, new DocumentReadOptions(maxDocumentBytes: utf8)).Municipality.Name.Should().Be("Trieräöü");
    }

    [Fact]
    public void ReadCityConcept_EndlessStream_ReadsNoMoreThanOneBytePastTheLimit()
    {
        using var stream = new EndlessStream();

        var act = () => DocumentSerializer.ReadCityConcept(stream, new DocumentReadOptions(maxDocumentBytes: 100_000));

        act.Should().ThrowExactly<DocumentFormatException>().Which.Message.Should().Contain("larger than the limit of 100,000 bytes");
        stream.Delivered.Should().BeLessThanOrEqualTo(100_001);
    }

    [Fact]
    public async Task ReadCityConceptAsync_EndlessStream_ReadsNoMoreThanOneBytePastTheLimit()
    {
        using var stream = new EndlessStream();

        var act = async () => await DocumentSerializer.ReadCityConceptAsync(stream, new DocumentReadOptions(maxDocumentBytes: 50_000));

        (await act.Should().ThrowExactlyAsync<DocumentFormatException>()).Which.Message.Should().Contain("larger than the limit");
        stream.Delivered.Should().BeLessThanOrEqualTo(50_001);
    }

    [Fact]
    public void ReadCityConcept_ModelProblems_AreAllListedWithTheirPaths()
    {
        var json = Concept(Body + """
            ,
              "actionFields": [ { "id": "BS", "name": "Bildung und Sprache" }, { "id": "BS", "name": "Doppelt" } ],
              "goals": [ { "id": "BS-1", "actionFieldId": "XX", "text": "Sprachförderung" } ],
              "principles": [ { "id": "G-1", "name": " " } ]
            """);

        var ex = ReadConceptFails(json);

        ex.Problems.Select(p => p.Path).Should().BeEquivalentTo("$.actionFields[1].id", "$.goals[0].actionFieldId", "$.principles[0].name");
        ex.Path.Should().Be(ex.Problems[0].Path);
        ex.LineNumber.Should().BeNull();
        ex.Message.Should().Contain("3 problems").And.Contain("$.goals[0].actionFieldId: The action field 'XX' does not exist");
    }

    [Fact]
    public void ReadDistrictPlan_ModelProblemsInNestedMembers_PointIntoTheElement()
    {
        var json = DocumentSerializer.WriteDistrictPlan(SampleDocuments.EhrangQuint())
            .Replace("\"actorId\": \"jugendtreff\"", "\"actorId\": \"niemand\"", StringComparison.Ordinal)
            .Replace("\"value\": 20.50", "\"value\": 20.50, \"comment\": \"x\"", StringComparison.Ordinal)
            .Replace("\"date\": \"2012-12-31\",\n          \"value\"", "\"date\": \"2010-12-31\",\n          \"value\"", StringComparison.Ordinal)
            .Replace("\"comment\": \"Gut\"", "\"value\": 3, \"comment\": \"Gut\"", StringComparison.Ordinal)
            .Replace("\"end\": \"2011-12-15\"", "\"end\": \"2011-08-15\"", StringComparison.Ordinal);

        var ex = ReadPlanFails(json);

        ex.Problems.Select(p => p.Path).Should().BeEquivalentTo(
            "$.measures[0].period.end",
            "$.measures[0].participations[1].actorId",
            "$.indicators[0].targets[0].date",
            "$.indicators[1].baseline.value");
    }

    [Fact]
    public void ReadCityConcept_BlankId_NamesThePathAndLine()
    {
        var ex = ReadConceptFails(Concept(Body + ",\n  \"actionFields\": [ { \"id\": \"  \", \"name\": \"Bildung\" } ]"));

        ex.Path.Should().Be("$.actionFields[0].id");
        ex.LineNumber.Should().Be(6);
        ex.Message.Should().Contain("id must not be empty");
    }

    [Fact]
    public void ReadCityConcept_IdWithSurroundingWhiteSpace_IsRejected()
    {
        var ex = ReadConceptFails(Concept(Body + ",\n  \"actionFields\": [ { \"id\": \" BS\", \"name\": \"Bildung\" } ]"));

        ex.Path.Should().Be("$.actionFields[0].id");
        ex.Message.Should().Contain("white space");
    }

    [Theory]
    [InlineData("\"goalIds\": [null]", "$.approaches[0].goalIds[0]", "id must be a JSON string")]
    [InlineData("\"goalIds\": [1]", "$.approaches[0].goalIds[0]", "id must be a JSON string")]
    [InlineData("\"goalIds\": [\"\"]", "$.approaches[0].goalIds[0]", "id must not be empty")]
    public void ReadCityConcept_BadReferenceInAList_NamesTheEntry(string member, string path, string message)
    {
        var ex = ReadConceptFails(Concept(Body + ",\n  \"actionFields\": [ { \"id\": \"BS\", \"name\": \"B\" } ],\n  \"approaches\": [ { \"id\": \"A\", \"actionFieldId\": \"BS\", \"name\": \"A\", " + member + " } ]"));

        ex.Path.Should().Be(path);
        ex.Message.Should().Contain(message);
    }

    [Fact]
    public void ReadCityConcept_NullElementInAList_NamesTheEntry()
    {
        var ex = ReadConceptFails(Concept(Body + ",\n  \"actionFields\": [ { \"id\": \"BS\", \"name\": \"B\" }, null ]"));

        ex.Path.Should().Be("$.actionFields[1]");
        ex.Message.Should().Contain("null");
    }

    [Fact]
    public void ReadDistrictPlan_NullDataPoint_NamesTheEntry()
    {
        var json = DocumentSerializer.WriteDistrictPlan(SampleDocuments.EhrangQuint())
            .Replace("\"measurements\": [", "\"measurements\": [ null,", StringComparison.Ordinal);

        ReadPlanFails(json).Path.Should().Be("$.indicators[0].measurements[0]");
    }

    [Fact]
    public void ReadDistrictPlan_NegativePopulation_NamesTheMember()
    {
        var json = DocumentSerializer.WriteDistrictPlan(SampleDocuments.EhrangQuint()).Replace("\"count\": 9130", "\"count\": -1", StringComparison.Ordinal);

        var ex = ReadPlanFails(json);

        ex.Path.Should().Be("$.district.population.count");
        ex.Message.Should().Contain("negative");
    }

    [Fact]
    public void ReadCityConcept_ProjectionEndingBeforeItStarts_NamesTheMember()
    {
        var ex = ReadConceptFails(Concept(Body.Replace("{ \"name\": \"Trier\" }", "{ \"name\": \"Trier\", \"profile\": { \"projection\": { \"changePercent\": 0.3, \"fromYear\": 2030, \"toYear\": 2012 } } }", StringComparison.Ordinal)));

        ex.Path.Should().Be("$.municipality.profile.projection.toYear");
    }

    [Fact]
    public void ReadCityConcept_DistrictPlanDocument_SaysWhichKindItIs()
    {
        var json = DocumentSerializer.WriteDistrictPlan(SampleDocuments.EhrangQuint());

        var ex = ReadConceptFails(json);

        ex.Path.Should().Be("$['$schema']");
        ex.Message.Should().Contain("This is a district plan document").And.Contain("read it as a district plan");
    }

    [Theory]
    [InlineData("// Kommentar\n")]
    [InlineData("/* Kommentar */")]
    public void ReadCityConcept_Comments_AreRejected(string comment)
    {
        ReadConceptFails(comment + Concept(Body)).Message.Should().Contain("not valid JSON");
    }

    [Fact]
    public void ReadCityConcept_TrailingComma_IsRejected()
    {
        ReadConceptFails(Concept(Body + ",")).Message.Should().Contain("not valid JSON");
    }

    [Fact]
    public void ReadCityConcept_TextAfterTheDocument_IsRejected()
    {
        ReadConceptFails(Concept(Body) + " {}").Message.Should().Contain("not valid JSON");
    }

    [Fact]
    public void ReadCityConcept_InvalidUtf8_IsRejected()
    {
        var bytes = Encoding.UTF8.GetBytes(Concept(Body));
        var index = Array.IndexOf(bytes, (byte)'T');
        bytes[index] = 0xFF;

        var act = () => DocumentSerializer.ReadCityConcept(bytes);

        var ex = act.Should().ThrowExactly<DocumentFormatException>().Which;
        ex.Path.Should().Be("$.municipality.name");
        ex.Message.Should().Contain("not valid UTF-8").And.Contain("byte 0xFF").And.Contain("save it as UTF-8");
    }

    [Fact]
    public void ReadCityConcept_LoneSurrogateInString_IsRejected()
    {
        ReadConceptFails(Concept(Body.Replace("Trier", "Tri\ud800er", StringComparison.Ordinal))).Message.Should().Contain("not valid Unicode");
    }

    [Fact]
    public void ReadCityConcept_ByteOrderMark_IsSkipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Concept(Body))).ToArray();

        DocumentSerializer.ReadCityConcept(bytes).Title.Should().Be("Integrationskonzept");
        DocumentSerializer.ReadCityConcept("\uFEFF" + Concept(Body)).Title.Should().Be("Integrationskonzept");
    }

    [Fact]
    public void ReadCityConcept_NullArguments_Throw()
    {
        var fromString = () => DocumentSerializer.ReadCityConcept((string)null!);
        var fromStream = () => DocumentSerializer.ReadCityConcept((Stream)null!);

        fromString.Should().Throw<ArgumentNullException>();
        fromStream.Should().Throw<ArgumentNullException>();
    }

    /// <summary>A stream that never ends and counts what it hands out.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Delivered { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Delivered; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            Delivered += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
