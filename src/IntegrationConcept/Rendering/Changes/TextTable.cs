using System.Collections.Generic;
using System.Text;

namespace IntegrationConcept.Rendering.Changes;

/// <summary>
/// For the change and feedback renderings: rows as a plain-text table (first and last column left-aligned, the rest
/// right-aligned) or a Markdown table, through the same column and Markdown writers as the coverage report.
/// </summary>
internal static class TextTable
{
    public static void Plain(StringBuilder text, string[] header, List<string[]> rows, string indent)
    {
        var widths = new int[header.Length];
        TextColumns.Measure(widths, header);
        foreach (var row in rows)
        {
            TextColumns.Measure(widths, row);
        }

        var right = Alignment(header.Length, lastLeft: true);
        TextColumns.Line(text, header, widths, right, indent);
        TextColumns.Line(text, TextColumns.Rule(widths), widths, right, indent);
        foreach (var row in rows)
        {
            TextColumns.Line(text, row, widths, right, indent);
        }
    }

    public static void Markdown(StringBuilder text, string[] header, List<string[]> rows)
    {
        MarkdownLayout.TableHeader(text, header, Alignment(header.Length, lastLeft: false));
        foreach (var row in rows)
        {
            MarkdownLayout.TableRow(text, row);
        }
    }

    // The first column (the element) is left-aligned, the others (counts, statuses) right-aligned; in plain text the
    // last column (a free-text note) is left-aligned too.
    private static bool[] Alignment(int columns, bool lastLeft)
    {
        var right = new bool[columns];
        for (var i = 1; i < columns; i++)
        {
            right[i] = !(lastLeft && i == columns - 1);
        }

        return right;
    }
}
