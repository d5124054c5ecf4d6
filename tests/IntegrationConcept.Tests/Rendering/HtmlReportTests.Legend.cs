using System.Globalization;
using FluentAssertions;
using IntegrationConcept.Rendering.Content;
using IntegrationConcept.Rendering.Html;
using Xunit;
using static IntegrationConcept.Tests.Rendering.RenderingSamples;

namespace IntegrationConcept.Tests.Rendering;

public sealed partial class HtmlReportTests
{
    // The renderer estimates 7.6 px per character of its 13 px sans-serif; DejaVu Sans's lower-case letters average more.
    private const double MinimumCharWidth = 7.6;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Render_Matrix_HeatmapIsWideEnoughForItsLegend(int districts)
    {
        var plans = Enumerable.Repeat(EhrangQuint, districts).ToList();
        var matrix = new IntegrationConcept.Checking.CoverageChecker().CheckAll(TrierConcept, plans, TrierDate);

        var (document, errors) = Parse(HtmlReport.Render(ReportContent.ForMatrix(matrix, German)));

        errors.Should().BeEmpty();
        var heatmap = document.QuerySelectorAll("figure svg").Should().ContainSingle().Subject;
        var width = double.Parse(heatmap.GetAttribute("width")!, CultureInfo.InvariantCulture);
        var legendWord = heatmap.QuerySelectorAll("text").Last(t => t.TextContent == "nicht zutreffend");
        var right = double.Parse(legendWord.GetAttribute("x")!, CultureInfo.InvariantCulture) + (legendWord.TextContent.Length * MinimumCharWidth);
        right.Should().BeLessThanOrEqualTo(width, "the last word of the legend must not be cut off at the chart's right edge");
    }
}
