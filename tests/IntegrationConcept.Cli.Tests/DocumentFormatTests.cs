using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FluentAssertions;
using Xunit;

namespace IntegrationConcept.Cli.Tests;

/// <summary><c>--format html</c> and <c>--format docx</c>: the committee report as a web page and as a Word document.</summary>
public sealed class DocumentFormatTests : IDisposable
{
    private readonly ToolHarness _tool = new();

    public void Dispose() => _tool.Dispose();

    [Fact]
    public void Check_Html_WritesAWellFormedGermanReportOfThePlan()
    {
        var run = _tool.Run("check", ToolHarness.Concept, ToolHarness.Plan, "--at", "2014-12-31", "--format", "html", "--out", "bericht.html");

        run.ExitCode.Should().Be(0, run.Error);
        var (document, errors) = Parse(File.ReadAllText(_tool.PathOf("bericht.html")));
        errors.Should().BeEmpty();
        document.DocumentElement.GetAttribute("lang").Should().Be("de");
        document.Title.Should().Be("Bericht zur Umsetzung im Stadtteil Ehrang/Quint");
        document.QuerySelectorAll("script").Should().BeEmpty();
        // The plan's measures fill the goal tables, which the plain report lacks: M-10 is the sample's measure without a carrier.
        document.Body!.TextContent.Should().Contain("M-10").And.Contain("Stichtag: 31.12.2014");
    }

    [Fact]
    public void Check_HtmlToStandardOutput_PrintsTheEnglishPage()
    {
        var run = _tool.Run("check", ToolHarness.Concept, ToolHarness.Plan, "--at", "2014-12-31", "--format", "html", "--lang", "en");

        run.ExitCode.Should().Be(0, run.Error);
        var (document, errors) = Parse(run.Out);
        errors.Should().BeEmpty();
        document.DocumentElement.GetAttribute("lang").Should().Be("en");
        document.Title.Should().Be("Implementation report for the district Ehrang/Quint");
    }

    [Fact]
    public void Matrix_Html_WritesTheMatrixReport()
    {
        var run = _tool.Run("matrix", ToolHarness.Concept, ToolHarness.Plan, "--at", "2014-12-31", "--format", "html", "--out", "matrix.html");

        run.ExitCode.Should().Be(0, run.Error);
        var (document, errors) = Parse(File.ReadAllText(_tool.PathOf("matrix.html")));
        errors.Should().BeEmpty();
        document.Title.Should().Be("Bericht zur Umsetzung in den Stadtteilen");
        document.QuerySelectorAll("svg").Should().NotBeEmpty("the matrix has its heatmap");
    }

    [Fact]
    public void Check_Docx_WritesAWordDocumentThatValidates()
    {
        var run = _tool.Run("check", ToolHarness.Concept, ToolHarness.Plan, "--at", "2014-12-31", "--format", "docx", "--out", "vorlage.docx");

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().BeEmpty();
        var bytes = File.ReadAllBytes(_tool.PathOf("vorlage.docx"));
        Validate(bytes).Should().BeEmpty();
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        document.PackageProperties.Title.Should().Be("Bericht zur Umsetzung im Stadtteil Ehrang/Quint");
        document.PackageProperties.Language.Should().Be("de-DE");
        document.MainDocumentPart!.Document!.Body!.InnerText.Should().Contain("Beschlussvorschlag").And.Contain("M-10");
    }

    [Fact]
    public void Matrix_DocxInEnglish_WritesAWordDocumentThatValidates()
    {
        var run = _tool.Run("matrix", ToolHarness.Concept, ToolHarness.Plan, ToolHarness.Plan, "--at", "2014-12-31", "--format", "docx", "--lang", "en", "--out", "matrix.docx");

        run.ExitCode.Should().Be(0, run.Error);
        var bytes = File.ReadAllBytes(_tool.PathOf("matrix.docx"));
        Validate(bytes).Should().BeEmpty();
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
        document.PackageProperties.Title.Should().Be("Implementation report across districts");
        document.PackageProperties.Language.Should().Be("en-GB");
    }

    [Fact]
    public void Check_DocxForTwoPlans_WritesOneDocumentPerPlanIntoTheFolder()
    {
        var copy = _tool.Write("copy.json", File.ReadAllText(ToolHarness.Plan));

        var run = _tool.Run("check", ToolHarness.Concept, ToolHarness.Plan, copy, "--at", "2014-12-31", "--format", "docx", "--out", "reports");

        run.ExitCode.Should().Be(0, run.Error);
        Directory.GetFiles(_tool.PathOf("reports")).Select(Path.GetFileName).Should().BeEquivalentTo("ehrang-quint-district-plan.coverage.docx", "copy.coverage.docx");
        Validate(File.ReadAllBytes(_tool.PathOf("reports/copy.coverage.docx"))).Should().BeEmpty();
    }

    [Fact]
    public void Check_DocxToStandardOutput_IsAUsageError()
    {
        var run = _tool.Run("check", ToolHarness.Concept, ToolHarness.Plan, "--at", "2014-12-31", "--format", "docx");

        run.ExitCode.Should().Be(3);
        run.Error.Should().Contain("The format docx cannot be written to standard output");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public void Check_HtmlWithRuleSetTolerances_ColoursIndicatorsAsTheRulesDo()
    {
        // A red tolerance of 0 makes every indicator that deviates at all red, in the findings and in the tables alike.
        var rules = _tool.Write("strict.json", """
            {
              "$schema": "https://raw.githubusercontent.com/integrationconcept/integrationconcept/main/schemas/rule-set.v1.schema.json",
              "formatVersion": 1,
              "name": "strict",
              "parameters": [
                { "ruleId": "IC4002", "name": "yellowTolerancePercent", "value": 0 },
                { "ruleId": "IC4003", "name": "redTolerancePercent", "value": 0 }
              ]
            }
            """);

        var strict = _tool.Run("check", ToolHarness.Concept, ToolHarness.Plan, "--at", "2014-12-31", "--format", "html", "--rules", rules);
        var plain = _tool.Run("check", ToolHarness.Concept, ToolHarness.Plan, "--at", "2014-12-31", "--format", "html");

        strict.ExitCode.Should().Be(0, strict.Error);
        strict.Out.Should().NotBe(plain.Out);
        Count(strict.Out, "Rot").Should().BeGreaterThan(Count(plain.Out, "Rot"));
    }

    private static int Count(string text, string word)
    {
        var count = 0;
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static (AngleSharp.Html.Dom.IHtmlDocument Document, List<string> Errors) Parse(string html)
    {
        var errors = new List<string>();
        var parser = new HtmlParser(new HtmlParserOptions { IsStrictMode = false });
        parser.Error += (_, e) => errors.Add(e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error ? $"{error.Position.Line}:{error.Position.Column} {error.Message}" : e.ToString() ?? "error");
        return (parser.ParseDocument(html), errors);
    }

    private static List<string> Validate(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), isEditable: false);
        return new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
    }
}
