using System;
using System.Globalization;
using System.Text;
using IntegrationConcept.Rendering.Content;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rendering.Html;

/// <summary>Draws a figure's chart as inline SVG, labelled by the figure's caption and described by its text alternative.</summary>
internal static class SvgCharts
{
    // The grade legend: a swatch and its gap to the word (22), the estimated width of a character, the gap to the next.
    private const double LegendSwatch = 22;
    private const double LegendGap = 18;
    private const double LegendCharWidth = 7.6;

    // Fills with enough contrast for the white or dark text drawn on them.
    public const string CoveredFill = "#2e7d32";
    public const string PartlyFill = "#f0b400";
    public const string UncoveredFill = "#c62828";
    public const string OutOfScopeFill = "#757575";
    public const string Ink = "#1a1a1a";

    public static void Write(StringBuilder html, FigureBlock figure, string id)
    {
        switch (figure.Chart)
        {
            case CoverageBarChart bars:
                SvgBarChart.Write(html, bars, id);
                break;
            case IndicatorChart indicator:
                SvgIndicatorChart.Write(html, indicator, id);
                break;
            case HeatmapChart heatmap:
                SvgHeatmap.Write(html, heatmap, id);
                break;
        }
    }

    public static void Open(StringBuilder svg, string id, double width, double height)
        => svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"").Append(id).Append("-cap\" aria-describedby=\"")
            .Append(id).Append("-desc\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height)).Append("\" width=\"").Append(N(width))
            .Append("\" height=\"").Append(N(height)).Append("\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"13\">\n");

    public static void Close(StringBuilder svg) => svg.Append("</svg>\n");

    /// <summary>A coordinate with at most one decimal, invariant.</summary>
    public static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    public static void Text(StringBuilder svg, double x, double y, string text, string anchor = "start", string fill = Ink, string? weight = null)
    {
        svg.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append('"');
        if (anchor != "start")
        {
            svg.Append(" text-anchor=\"").Append(anchor).Append('"');
        }

        if (weight is not null)
        {
            svg.Append(" font-weight=\"").Append(weight).Append('"');
        }

        svg.Append(" fill=\"").Append(fill).Append("\">").AppendEscaped(text).Append("</text>\n");
    }

    public static void Rect(StringBuilder svg, double x, double y, double width, double height, string fill, string? stroke = null)
    {
        svg.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height))
            .Append("\" fill=\"").Append(fill).Append('"');
        if (stroke is not null)
        {
            svg.Append(" stroke=\"").Append(stroke).Append('"');
        }

        svg.Append("/>\n");
    }

    /// <summary>Shortens a label to about the width it may take (13px text: about 7px per character).</summary>
    public static string Fit(string text, double width, double charWidth = 7.0)
    {
        var max = Math.Max(4, (int)(width / charWidth));
        return text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
    }

    public static string Fill(CoverageGrade grade) => grade switch
    {
        CoverageGrade.Covered => CoveredFill,
        CoverageGrade.PartlyCovered => PartlyFill,
        CoverageGrade.Uncovered => UncoveredFill,
        _ => OutOfScopeFill,
    };

    /// <summary>Text colour on a grade's fill: dark on yellow, white elsewhere.</summary>
    public static string TextOn(CoverageGrade grade) => grade == CoverageGrade.PartlyCovered ? Ink : "#ffffff";

    public static string Symbol(CoverageGrade grade) => grade switch
    {
        CoverageGrade.Covered => "✔",
        CoverageGrade.PartlyCovered => "◐",
        CoverageGrade.Uncovered => "✘",
        _ => "–",
    };

    /// <summary>A legend of the four grades: swatch with symbol, then the word.</summary>
    public static void GradeLegend(StringBuilder svg, System.Collections.Generic.IReadOnlyList<string> words, double x, double y)
    {
        for (var i = 0; i < 4 && i < words.Count; i++)
        {
            var grade = (CoverageGrade)i;
            Rect(svg, x, y - 12, 16, 16, Fill(grade));
            Text(svg, x + 8, y + 1, Symbol(grade), "middle", TextOn(grade));
            Text(svg, x + 22, y + 1, words[i]);
            x += LegendStep(words[i]);
        }
    }

    /// <summary>How far the grade legend reaches from its left edge: the chart must be at least this much wider.</summary>
    public static double GradeLegendWidth(System.Collections.Generic.IReadOnlyList<string> words)
    {
        var width = 0.0;
        for (var i = 0; i < 4 && i < words.Count; i++)
        {
            width += LegendStep(words[i]);
        }

        return System.Math.Max(0, width - LegendGap);
    }

    // One legend entry and the gap after it: swatch, word, gap.
    private static double LegendStep(string word) => LegendSwatch + (word.Length * LegendCharWidth) + LegendGap;
}
