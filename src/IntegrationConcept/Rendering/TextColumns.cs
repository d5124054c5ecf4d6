using System;
using System.Collections.Generic;
using System.Text;

namespace IntegrationConcept.Rendering;

/// <summary>
/// The column arithmetic every plain-text table shares: the widths of a set of rows, the dashed rule under the header,
/// and one line of cells padded to their columns (left- or right-aligned) with two spaces between columns.
/// </summary>
internal static class TextColumns
{
    /// <summary>Widens <paramref name="widths"/> so that every cell of <paramref name="cells"/> fits on one line.</summary>
    public static void Measure(int[] widths, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count && i < widths.Length; i++)
        {
            widths[i] = Math.Max(widths[i], cells[i].Length);
        }
    }

    /// <summary>The dashes under the header: one run of <c>-</c> as wide as each column.</summary>
    public static string[] Rule(int[] widths)
    {
        var rule = new string[widths.Length];
        for (var i = 0; i < rule.Length; i++)
        {
            rule[i] = new string('-', widths[i]);
        }

        return rule;
    }

    /// <summary>
    /// Appends one line: <paramref name="indent"/>, then each cell padded to its width (right-aligned where
    /// <paramref name="right"/> says so), two spaces between columns, trailing spaces removed. Missing cells are empty.
    /// </summary>
    public static void Line(StringBuilder text, IReadOnlyList<string> cells, int[] widths, bool[] right, string indent)
    {
        var line = new StringBuilder(indent);
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Count ? cells[i] : string.Empty;
            if (i > 0)
            {
                line.Append("  ");
            }

            line.Append(right[i] ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
        }

        text.Append(line.ToString().TrimEnd()).Append('\n');
    }
}
