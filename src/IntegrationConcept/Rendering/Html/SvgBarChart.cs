using System;
using System.Globalization;
using System.Text;
using IntegrationConcept.Rendering.Content;
using IntegrationConcept.Results;
using static IntegrationConcept.Rendering.Html.SvgCharts;

namespace IntegrationConcept.Rendering.Html;

/// <summary>One horizontal stacked bar per action field: covered, partly covered, not covered and not applicable goals.</summary>
internal static class SvgBarChart
{
    private const double Width = 760;
    private const double LegendX = 8;
    private const double LabelWidth = 300;
    private const double BarLeft = 310;
    private const double BarWidth = 430;
    private const double Top = 36;
    private const double RowHeight = 30;

    public static void Write(StringBuilder svg, CoverageBarChart chart, string id)
    {
        var height = Top + (chart.Bars.Count * RowHeight) + 8;
        // Wider only when a language table's grade words are longer than the German or English ones.
        Open(svg, id, Math.Max(Width, LegendX + GradeLegendWidth(chart.Legend) + 8), height);
        GradeLegend(svg, chart.Legend, LegendX, 16);
        var max = 1;
        foreach (var bar in chart.Bars)
        {
            max = Math.Max(max, bar.Covered + bar.PartlyCovered + bar.Uncovered + bar.OutOfScope);
        }

        var y = Top;
        foreach (var bar in chart.Bars)
        {
            Text(svg, LabelWidth, y + 15, Fit(bar.Label, LabelWidth, 7.4), "end");
            var x = BarLeft;
            int[] counts = [bar.Covered, bar.PartlyCovered, bar.Uncovered, bar.OutOfScope];
            for (var g = 0; g < counts.Length; g++)
            {
                if (counts[g] == 0)
                {
                    continue;
                }

                var grade = (CoverageGrade)g;
                var w = counts[g] * BarWidth / max;
                Rect(svg, x, y, w, 22, Fill(grade), "#ffffff");
                if (w >= 18)
                {
                    Text(svg, x + (w / 2), y + 15, counts[g].ToString(CultureInfo.InvariantCulture), "middle", TextOn(grade), "bold");
                }

                x += w;
            }

            y += RowHeight;
        }

        Close(svg);
    }
}
