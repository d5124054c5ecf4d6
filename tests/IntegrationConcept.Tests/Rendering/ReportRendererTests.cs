using System.Text;
using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Rendering;
using IntegrationConcept.Rendering.Html;
using IntegrationConcept.Rendering.Sarif;
using IntegrationConcept.Tests.TestSupport;
using IntegrationConcept.Word;
using Xunit;

namespace IntegrationConcept.Tests.Rendering;

/// <summary>Every format is an <see cref="IReportRenderer"/> over the same <see cref="ReportInput"/>.</summary>
public sealed class ReportRendererTests
{
    private static ReportInput Trier() => ReportInput.ForPlan(RenderingSamples.TrierReport(), RenderingSamples.EhrangQuint, RenderingSamples.German);

    public static TheoryData<string, string, string, bool> Formats() => new()
    {
        { "text", ".txt", "text/plain; charset=utf-8", true },
        { "markdown", ".md", "text/markdown; charset=utf-8", true },
        { "html", ".html", "text/html; charset=utf-8", true },
        { "docx", ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", false },
        { "json", ".json", "application/json", true },
        { "sarif", ".sarif", "application/sarif+json", true },
    };

    private static IReportRenderer Create(string name) => name switch
    {
        "text" => new TextRenderer(),
        "markdown" => new MarkdownRenderer(),
        "html" => new HtmlRenderer(),
        "docx" => new WordRenderer(),
        "json" => new JsonReportRenderer(),
        _ => new SarifRenderer(),
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Renderer_DescribesItsFormat(string name, string extension, string mediaType, bool isText)
    {
        var renderer = Create(name);

        renderer.FormatName.Should().Be(name);
        renderer.FileExtension.Should().Be(extension);
        renderer.MediaType.Should().Be(mediaType);
        renderer.IsText.Should().Be(isText);
    }

    [Fact]
    public void TextFormats_WriteTheirStringAsUtf8WithoutByteOrderMark()
    {
        var input = Trier();
        var content = input.ToContent();

        new TextRenderer().RenderToBytes(input).Should().Equal(Encoding.UTF8.GetBytes(ReportText.Render(content)));
        new MarkdownRenderer().RenderToBytes(input).Should().Equal(Encoding.UTF8.GetBytes(ReportMarkdown.Render(content)));
        new HtmlRenderer().RenderToBytes(input).Should().Equal(Encoding.UTF8.GetBytes(HtmlReport.Render(content)));
        new TextRenderer().RenderToBytes(input)[0].Should().Be((byte)'B', "no byte order mark");
    }

    [Fact]
    public void Word_WritesTheSameDocumentAsWordReport()
    {
        var bytes = new WordRenderer().RenderToBytes(Trier());

        Encoding.ASCII.GetString(bytes, 0, 2).Should().Be("PK");
        Body(bytes).Should().Be(Body(WordReport.Create(Trier().ToContent())), "the same document; only the ZIP entries' times may differ");
        Body(bytes).Should().Contain("Bericht zur Umsetzung im Stadtteil Ehrang/Quint");
    }

    private static string Body(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, isEditable: false);
        return document.MainDocumentPart!.Document!.OuterXml;
    }

    [Fact]
    public void Json_WritesTheReportDocument_WhichReadsBack()
    {
        var input = Trier();

        var report = DocumentSerializer.ReadCoverageReport(new JsonReportRenderer().RenderToBytes(input));

        report.Should().Be(input.Report);
    }

    [Fact]
    public void Json_Matrix_WritesTheMatrixDocument()
    {
        var matrix = ReportTextTests.Matrix();

        new JsonReportRenderer().RenderToBytes(ReportInput.ForMatrix(matrix, ReportTextTests.German)).Should().Equal(DocumentSerializer.WriteCoverageMatrixToUtf8Bytes(matrix));
    }

    [Fact]
    public void Sarif_WritesTheLogOfReportSarif()
    {
        var input = Trier();

        Encoding.UTF8.GetString(new SarifRenderer().RenderToBytes(input)).Should().Be(ReportSarif.Render(input.Report!, input.Culture));
    }

    [Fact]
    public void Matrix_ContentFormatsRenderTheMatrixContent()
    {
        var input = ReportInput.ForMatrix(ReportTextTests.Matrix(), ReportTextTests.German);

        new TextRenderer().RenderToString(input).Should().Be(ReportText.Render(ReportTextTests.Matrix(), ReportTextTests.German));
        input.Report.Should().BeNull();
        input.Plan.Should().BeNull();
    }

    [Fact]
    public void ForPlan_PlanOfAnotherDistrict_ThrowsWhereItIsGiven()
    {
        var other = TestDocuments.PlanBuilder("Trier-Nord").Build();

        FluentActions.Invoking(() => ReportInput.ForPlan(RenderingSamples.TrierReport(), other, RenderingSamples.German))
            .Should().Throw<ArgumentException>().WithParameterName("plan").WithMessage("*Trier-Nord*");
        FluentActions.Invoking(() => ReportInput.ForPlan(RenderingSamples.TrierReport(), RenderingSamples.EhrangQuint, RenderingSamples.German, 30m, 20m))
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Render_UnwritableStream_ThrowsArgumentException()
    {
        using var readOnly = new MemoryStream(new byte[4], writable: false);

        FluentActions.Invoking(() => new TextRenderer().Render(Trier(), readOnly)).Should().Throw<ArgumentException>().WithParameterName("output");
        FluentActions.Invoking(() => new JsonReportRenderer().Render(Trier(), readOnly)).Should().Throw<ArgumentException>().WithParameterName("output");
        FluentActions.Invoking(() => new TextRenderer().Render(null!, new MemoryStream())).Should().Throw<ArgumentNullException>();
    }
}
