using System.Text;
using IntegrationConcept.Rendering.Content;
using static IntegrationConcept.Rendering.Html.SvgCharts;

namespace IntegrationConcept.Rendering.Html;

/// <summary>City goals (grouped by action field, with their texts) × districts: one cell per grade, in colour and with a symbol.</summary>
internal static class SvgHeatmap
{
    private const double LabelWidth = 430;
    private const double CellWidth = 112;
    private const double GradeLegendX = 6;
    private const double HeaderHeight = 34;
    private const double RowHeight = 24;

    public static void Write(StringBuilder svg, HeatmapChart chart, string id)
    {
        var rows = 0;
        foreach (var group in chart.Groups)
        {
            rows += group.Rows.Count + 1;
        }

        // As wide as the columns need, and the legend below them (two districts would cut the last grade's word).
        var width = System.Math.Max(LabelWidth + (chart.Columns.Count * CellWidth) + 8, GradeLegendX + GradeLegendWidth(chart.Legend) + 8);
        var height = HeaderHeight + (rows * RowHeight) + 40;
        Open(svg, id, System.Math.Max(width, 560), height);
        for (var c = 0; c < chart.Columns.Count; c++)
        {
            Text(svg, LabelWidth + (c * CellWidth) + (CellWidth / 2), HeaderHeight - 12, Fit(chart.Columns[c], CellWidth - 6), "middle", Ink, "bold");
        }

        var y = HeaderHeight;
        foreach (var group in chart.Groups)
        {
            Rect(svg, 0, y, width - 8, RowHeight, "#eef2f6");
            Text(svg, 6, y + 17, Fit(group.Label, width - 20), "start", Ink, "bold");
            y += RowHeight;
            foreach (var row in group.Rows)
            {
                Text(svg, 12, y + 17, Fit(row.Label, LabelWidth - 24, 7.6));
                for (var c = 0; c < row.Grades.Count && c < chart.Columns.Count; c++)
                {
                    var grade = row.Grades[c];
                    var x = LabelWidth + (c * CellWidth);
                    Rect(svg, x + 2, y + 2, CellWidth - 4, RowHeight - 4, Fill(grade));
                    Text(svg, x + (CellWidth / 2), y + 17, Symbol(grade), "middle", TextOn(grade), "bold");
                }

                y += RowHeight;
            }
        }

        GradeLegend(svg, chart.Legend, GradeLegendX, y + 26);
        Close(svg);
    }
}
