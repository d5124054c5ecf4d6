using System.Text;
using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;
using IntegrationConcept.Rules;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Documents;

// Issue 16: dates only in the documented grammar, numbers that neither overflow nor underflow silently and are
// written canonically, and files in the wrong encoding told apart from broken JSON.
public sealed partial class DocumentSerializerTests
{
    private static string WithAdoptionDate(string date)
        => Concept(Body.Replace("\"status\": \"adopted\" }", "\"status\": \"adopted\", \"adoptionDate\": \"" + date + "\" }", StringComparison.Ordinal));

    private static string WithChangePercent(string number)
        => Concept(Body.Replace("{ \"name\": \"Trier\" }", "{ \"name\": \"Trier\", \"profile\": { \"projection\": { \"changePercent\": " + number + ", \"fromYear\": 2012, \"toYear\": 2030 } } }", StringComparison.Ordinal));

    [Theory]
    [InlineData("0000-01-01", "there is no year 0000")]
    [InlineData("-0001-01-01", "is not a valid date")]
    [InlineData("+2011-12-13", "is not a valid date")]
    [InlineData("10000-01-01", "is not a valid date")]
    [InlineData("2011-13-01", "the month must be 01 to 12")]
    [InlineData("2011-04-31", "this month has days 01 to 30")]
    [InlineData("２０１１-12-13", "is not a valid date")]
    public void ReadCityConcept_DateOutsideTheGrammar_IsRejectedWithTheGrammar(string date, string reason)
    {
        var ex = ReadConceptFails(WithAdoptionDate(date));

        ex.Path.Should().Be("$.version.adoptionDate");
        ex.Message.Should().Contain(reason).And.Contain("YYYY-MM-DD with a year from 0001 to 9999");
    }

    [Theory]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("\\u0032011-12-13", 2011, 12, 13)]
    public void ReadCityConcept_DateInTheGrammar_ReadsAndWritesBackCanonically(string date, int year, int month, int day)
    {
        var concept = DocumentSerializer.ReadCityConcept(WithAdoptionDate(date));

        var expected = new LocalDate(year, month, day);
        concept.Version.AdoptionDate.Should().Be(expected);
        DocumentSerializer.WriteCityConcept(concept).Should().Contain($"\"adoptionDate\": \"{expected:uuuu-MM-dd}\"");
    }

    [Fact]
    public void ReadCityConcept_LongInvalidDate_QuotesOnlyAPrefix()
    {
        var ex = ReadConceptFails(WithAdoptionDate(new string('9', 5000)));

        ex.Message.Length.Should().BeLessThan(400);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void WriteCityConcept_DateBeforeYearOne_IsRefusedNamingTheDate(int year)
    {
        var concept = new CityConceptBuilder("Konzept", new Municipality("Musterstadt"), new ConceptVersion("1", ConceptStatus.Adopted, new LocalDate(year, 1, 1))).Build();

        var act = () => DocumentSerializer.WriteCityConcept(concept);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*years 1 to 9999*");
    }

    [Theory]
    [InlineData("1e-320")]
    [InlineData("-1e-29")]
    [InlineData("0.00000000000000000000000000001")]
    public void ReadCityConcept_NumberThatWouldBeReadAsZero_IsRejectedLikeOverflow(string number)
    {
        var ex = ReadConceptFails(WithChangePercent(number));

        ex.Path.Should().Be("$.municipality.profile.projection.changePercent");
        ex.Message.Should().Contain("The number " + number + " is too close to zero").And.Contain("Write 0");
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("0.000", "0")]
    [InlineData("-0.0", "0")]
    [InlineData("0e-400", "0")]
    [InlineData("1e-28", "0.0000000000000000000000000001")]
    [InlineData("20.000", "20")]
    [InlineData("2E1", "20")]
    [InlineData("0.30", "0.3")]
    [InlineData("-12.50e0", "-12.5")]
    public void ReadCityConcept_NumberInRange_IsWrittenCanonically(string number, string canonical)
    {
        var concept = DocumentSerializer.ReadCityConcept(WithChangePercent(number));

        DocumentSerializer.WriteCityConcept(concept).Should().Contain("\"changePercent\": " + canonical + ",");
    }

    [Fact]
    public void WriteDistrictPlan_EqualModelsWithDifferentScales_GiveIdenticalBytes()
    {
        DistrictPlan Plan(decimal target) => new DistrictPlanBuilder("Plan", new District("Nord"), new ConceptReference("Trier", "1"))
            .AddIndicator("I-1", "Kinder", IndicatorMeasureType.Quantitative, IndicatorDirection.Increase, i => i
                .Baseline(new LocalDate(2011, 1, 1), 10m)
                .Target(new LocalDate(2012, 1, 1), target))
            .Build();

        var bytes = new[] { 20m, 20.0m, 20.000m }.Select(t => DocumentSerializer.WriteDistrictPlanToUtf8Bytes(Plan(t))).ToList();

        Plan(20m).Should().Be(Plan(20.000m));
        bytes[1].Should().Equal(bytes[0]);
        bytes[2].Should().Equal(bytes[0]);
        Encoding.UTF8.GetString(bytes[0]).Should().MatchRegex("\"value\": 20[,\n]");
    }

    [Fact]
    public void WriteRuleSet_ParameterNumber_IsCanonicalAndUnderflowIsRejected()
    {
        var ruleSet = new RuleSet("Profil").WithParameter(RuleIds.IndicatorBehindPlan, RuleCatalog.YellowTolerancePercent, 12.50m);
        var text = DocumentSerializer.WriteRuleSet(ruleSet);

        text.Should().Contain("\"value\": 12.5").And.NotContain("12.50");
        var act = () => DocumentSerializer.ReadRuleSet(text.Replace("12.5", "1e-99", StringComparison.Ordinal));
        act.Should().ThrowExactly<DocumentFormatException>().WithMessage("*The number 1e-99 is too close to zero*");
    }

    public static TheoryData<string, byte[]> WideEncodings()
    {
        var json = "{\"title\": \"Integrationskonzept\"}";
        return new TheoryData<string, byte[]>
        {
            { "UTF-16 (little endian, with a byte order mark)", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(json)] },
            { "UTF-16 (big endian, with a byte order mark)", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(json)] },
            { "UTF-16 (little endian)", Encoding.Unicode.GetBytes(json) },
            { "UTF-16 (big endian)", Encoding.BigEndianUnicode.GetBytes(json) },
            { "UTF-32 (little endian, with a byte order mark)", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(json)] },
            { "UTF-32 (little endian)", Encoding.UTF32.GetBytes(json) },
            { "UTF-32 (big endian, with a byte order mark)", [.. new UTF32Encoding(true, true).GetPreamble(), .. new UTF32Encoding(true, false).GetBytes(json)] },
            { "UTF-32 (big endian)", new UTF32Encoding(true, false).GetBytes(json) },
        };
    }

    [Theory]
    [MemberData(nameof(WideEncodings))]
    public void ReadCityConcept_Utf16OrUtf32_SaysWhichEncodingAndToSaveAsUtf8(string encoding, byte[] bytes)
    {
        foreach (var act in new Func<CityConcept>[] { () => DocumentSerializer.ReadCityConcept(bytes), () => DocumentSerializer.ReadCityConcept(new MemoryStream(bytes)) })
        {
            var ex = act.Should().ThrowExactly<DocumentFormatException>().Which;
            ex.Message.Should().Contain("The file is " + encoding + ", not UTF-8").And.Contain("save it as UTF-8");
            ex.Path.Should().Be("$");
            ex.LineNumber.Should().Be(0);
            ex.BytePositionInLine.Should().Be(0);
        }
    }

    [Fact]
    public void ReadCityConcept_Latin1_SaysWhereAndWhatTheByteIs()
    {
        var latin1 = Encoding.Latin1.GetBytes(Concept(Body.Replace("Integrationskonzept", "Maßnahmen für Ältere", StringComparison.Ordinal)));

        var ex = FluentActions.Invoking(() => DocumentSerializer.ReadCityConcept(latin1)).Should().ThrowExactly<DocumentFormatException>().Which;

        ex.Message.Should().Contain("not valid UTF-8").And.Contain("byte 0xDF").And.Contain("'ß'").And.Contain("Latin-1").And.Contain("save it as UTF-8");
        ex.Path.Should().Be("$.title");
        ex.LineNumber.Should().Be(3);
        ex.BytePositionInLine.Should().Be("  \"title\": \"Ma".Length);
        ex.Message.Should().Contain("line 4, position 15");
    }

    [Fact]
    public void ReadCityConcept_TruncatedUtf8Sequence_IsReportedAsNotUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Concept(Body));
        var at = Array.IndexOf(bytes, (byte)'I');
        bytes[at] = 0xC3; // the first byte of a two-byte character, followed by ASCII

        FluentActions.Invoking(() => DocumentSerializer.ReadCityConcept(bytes)).Should().ThrowExactly<DocumentFormatException>()
            .Which.Message.Should().Contain("byte 0xC3").And.Contain("not valid UTF-8");
    }

    [Theory]
    [InlineData("\\uD800")]
    [InlineData("\\uDE00 Konzept")]
    [InlineData("Konzept \\uD83D")]
    public void ReadCityConcept_EscapedLoneSurrogate_SaysSoAtThePath(string title)
    {
        var ex = ReadConceptFails(Concept(Body.Replace("\"Integrationskonzept\"", "\"" + title + "\"", StringComparison.Ordinal)));

        ex.Path.Should().Be("$.title");
        ex.LineNumber.Should().Be(3);
        ex.Message.Should().Contain("escaped lone surrogate").And.Contain("both halves");
    }

    [Fact]
    public void ReadCityConcept_EscapedSurrogatePair_Reads()
        => DocumentSerializer.ReadCityConcept(Concept(Body.Replace("\"Integrationskonzept\"", "\"Konzept \\uD83D\\uDE00\"", StringComparison.Ordinal)))
            .Title.Should().Be("Konzept 😀");
}
