using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using FluentAssertions;
using IntegrationConcept.Rendering.Content;
using IntegrationConcept.Tests.TestSupport;
using IntegrationConcept.Word;
using Xunit;
using static IntegrationConcept.Tests.Rendering.RenderingSamples;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace IntegrationConcept.Tests.Word;

public sealed class WordReportTests
{
    private static ReportContent Trier(System.Globalization.CultureInfo culture) => ReportContent.ForPlan(TrierReport(), EhrangQuint, culture);

    private static List<string> Validate(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
    }

    private static List<(string Style, string Text)> Paragraphs(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "Normal", p.InnerText)).ToList();
    }

    [Fact]
    public void Create_Trier_ValidatesWithoutErrors()
    {
        var docx = WordReport.Create(Trier(German));

        Validate(docx).Should().BeEmpty();
    }

    [Fact]
    public void Create_Trier_IsASubmissionWithRealHeadingStyles()
    {
        var paragraphs = Paragraphs(WordReport.Create(Trier(German)));

        paragraphs[0].Should().Be(("Title", "Bericht zur Umsetzung im Stadtteil Ehrang/Quint"));
        paragraphs.Where(p => p.Style == "Heading1").Select(p => p.Text).Should().Equal("Beschlussvorschlag", "Sachdarstellung");
        paragraphs.Where(p => p.Style == "Heading2").Select(p => p.Text).Should().Equal(
            "Auf einen Blick", "Ziele nach Handlungsfeldern", "Indikatoren", "Hinweise nach Handlungsfeldern",
            "Rückmeldung an das gesamtstädtische Konzept", "Technischer Anhang");
        paragraphs.Should().Contain(("Normal", "Das Gremium nimmt den „Bericht zur Umsetzung im Stadtteil Ehrang/Quint“ zur Kenntnis."));
        paragraphs.Should().Contain(p => p.Style == "ListParagraph" && p.Text.StartsWith("„Anerkennung ausländischer Berufsabschlüsse“", StringComparison.Ordinal));

        using var document = WordprocessingDocument.Open(new MemoryStream(WordReport.Create(Trier(German))), isEditable: false);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!, s => s.StyleName!.Val!.Value);
        styles["Heading1"].Should().Be("heading 1", "Word recognises its built-in heading styles by name");
        styles["Heading4"].Should().Be("heading 4");
        document.PackageProperties.Title.Should().Be("Bericht zur Umsetzung im Stadtteil Ehrang/Quint");
    }

    [Fact]
    public void Create_Trier_TablesAreWordTablesWithCaptionAndRepeatingHeaderRow()
    {
        var content = Trier(German);
        using var document = WordprocessingDocument.Open(new MemoryStream(WordReport.Create(content)), isEditable: false);
        var tables = document.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
        var blocks = content.Blocks.OfType<TableBlock>().ToList();

        tables.Should().HaveCount(blocks.Count);
        for (var i = 0; i < tables.Count; i++)
        {
            tables[i].GetFirstChild<TableProperties>()!.GetFirstChild<TableCaption>()!.Val!.Value.Should().Be(blocks[i].Caption);
            var rows = tables[i].Elements<TableRow>().ToList();
            rows.Should().HaveCount(blocks[i].Rows.Count + 1);
            rows[0].TableRowProperties!.GetFirstChild<TableHeader>().Should().NotBeNull();
            rows[0].Elements<TableCell>().Select(c => c.InnerText).Should().Equal(blocks[i].Header);
        }

        var indicators = tables[blocks.FindIndex(b => b.Caption.StartsWith("Indikatoren", StringComparison.Ordinal))];
        var yellow = indicators.Elements<TableRow>().Single(r => r.InnerText.StartsWith("I-1 ", StringComparison.Ordinal)).Elements<TableCell>().Last();
        yellow.InnerText.Should().Be("● gelb: Zielwert verfehlt");
        yellow.TableCellProperties!.GetFirstChild<Shading>()!.Fill!.Value.Should().Be("FFF1C4");
    }

    [Fact]
    public void Create_English_UsesEnglishSubmissionHeadings()
    {
        var paragraphs = Paragraphs(WordReport.Create(Trier(English)));

        paragraphs.Where(p => p.Style == "Heading1").Select(p => p.Text).Should().Equal("Proposed resolution", "Statement of facts");
        paragraphs.Should().Contain(("Normal", "Submission for information"));
    }

    [Fact]
    public void Create_TextsWithMarkupAndControlCharacters_StayTextAndValidate()
    {
        const string hostile = "<w:p>&amp; \"x\" \u0001\u0007 ]]> \uD800";
        var plan = TestDocuments.PlanBuilder().AddDistrictSpecificGoal("EQ-9", "Ziel " + hostile, "BS").Build();
        var report = TestDocuments.Check(plan);

        var docx = WordReport.Create(ReportContent.ForPlan(report, plan, German));

        Validate(docx).Should().BeEmpty();
        Paragraphs(docx).Should().Contain(p => p.Text.Contains("Ziel <w:p>&amp; \"x\"    ]]>  “", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_StreamThatCannotSeek_ThrowsNamingTheStream()
    {
        using var stream = new NonSeekable();

        var act = () => WordReport.Write(Trier(German), stream);

        act.Should().Throw<ArgumentException>().WithParameterName("stream");
    }

    private sealed class NonSeekable : MemoryStream
    {
        public override bool CanSeek => false;
    }
}
