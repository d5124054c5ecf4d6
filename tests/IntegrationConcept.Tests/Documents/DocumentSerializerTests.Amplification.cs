using System.Text;
using System.Text.Json.Nodes;
using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Localization;
using Xunit;

namespace IntegrationConcept.Tests.Documents;

// Template amplification: a report's message templates are bounded in placeholders and in how far they render
// beyond their input, checked before anything is rendered; error messages quote only a prefix of long input.
public sealed partial class DocumentSerializerTests
{
    // The first finding's message replaced by a hostile template and a 1,000-character argument.
    private static string ReportWithTemplate(string template, string? german, int argumentLength = 1000)
    {
        var node = JsonNode.Parse(DocumentSerializer.WriteCoverageReport(Report("Flawed")))!;
        var message = node["findings"]![0]!["message"]!.AsObject();
        message.Remove("de");
        message.Remove("en");
        if (german is not null)
        {
            message["de"] = german;
        }

        message["template"] = new JsonObject { ["de"] = template, ["en"] = template };
        message["arguments"] = new JsonArray(new JsonObject { ["kind"] = "text", ["text"] = new string('x', argumentLength) });
        return node.ToJsonString();
    }

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    [Fact]
    public void ReadCoverageReport_HundredThousandPlaceholders_RefusedAtTemplateWithShortMessage()
    {
        var json = ReportWithTemplate(Repeat("{0}", 100_000), german: "x");

        var act = () => DocumentSerializer.ReadCoverageReport(json);

        var error = act.Should().Throw<DocumentFormatException>().Which;
        error.Path.Should().Be("$.findings[0].message.template.de");
        error.Message.Should().Contain("100,000 placeholders").And.Contain("at most 100");
        error.Message.Length.Should().BeLessThan(1_000);
    }

    [Fact]
    public void ReadCoverageReport_RepeatedArgumentWithinPlaceholderLimit_RefusedForExpansion()
    {
        // 100 placeholders of a 1,000-character argument: 100,000 characters from 1,300.
        var json = ReportWithTemplate(Repeat("{0}", 100), german: null);

        var act = () => DocumentSerializer.ReadCoverageReport(json);

        var error = act.Should().Throw<DocumentFormatException>().Which;
        error.Path.Should().Be("$.findings[0].message.template.de");
        error.Message.Should().Contain("100,000 characters from 1,300 characters").And.Contain("more than 4 times");
    }

    [Fact]
    public void ReadCoverageReport_ArgumentUsedTwice_Accepted()
    {
        var json = ReportWithTemplate("{0} und noch einmal {0}", german: null);

        var report = DocumentSerializer.ReadCoverageReport(json);

        report.Findings[0].Message(MessageCulture.German).Should().HaveLength(2017);
    }

    [Fact]
    public void ReadCoverageReport_MessageDisagreesWithLongRendering_QuotesOnlyAPrefix()
    {
        var json = ReportWithTemplate("{0}", german: "falsch", argumentLength: 50_000);

        var act = () => DocumentSerializer.ReadCoverageReport(json);

        var error = act.Should().Throw<DocumentFormatException>().Which;
        error.Path.Should().Be("$.findings[0].message.de");
        error.Message.Should().Contain("(50,000 characters in all)");
        error.Message.Length.Should().BeLessThan(1_000);
        error.Problems.Single().Message.Length.Should().BeLessThan(1_000);
    }

    [Fact]
    public void ReadCoverageReport_TwelveMegabyteTemplate_RefusedWithoutRendering()
    {
        // About 12 MB of "{0}" (two million placeholders per language): once an OutOfMemoryException.
        var json = ReportWithTemplate(Repeat("{0}", 2_000_000), german: "x");
        json.Length.Should().BeGreaterThan(12_000_000);

        var act = () => DocumentSerializer.ReadCoverageReport(json);

        act.Should().Throw<DocumentFormatException>().Which.Message.Should().Contain("2,000,000 placeholders");
    }

    [Fact]
    public void ReadCoverageReport_StringOverTheLimit_SaysTheRealSize()
    {
        var json = ReportWithTemplate("{0}", german: null, argumentLength: 3_000);

        var act = () => DocumentSerializer.ReadCoverageReport(json, new DocumentReadOptions(maxDocumentBytes: 1_000));

        var size = Encoding.UTF8.GetByteCount(json);
        act.Should().Throw<DocumentFormatException>().Which.Message.Should().Contain(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({size:N0} bytes)"));
    }
}
