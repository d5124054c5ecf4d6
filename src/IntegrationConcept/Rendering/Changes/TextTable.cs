using System;
using System.Collections.Generic;
using System.Text;

namespace IntegrationConcept.Rendering.Changes;

/// <summary>For the change and feedback renderings: lays out rows as a plain-text table (first column left-aligned, the rest right-aligned) or a Markdown table.</summary>
internal static class TextTable
{
    public static void Plain(StringBuilder text, string[] header, List<string[]> rows, string indent, bool lastLeft = false)
    {
        var widths = new int[header.Length];
        Measure(widths, header);
        foreach (var row in rows)
        {
            Measure(widths, row);
        }

        Line(text, header, widths, indent, lastLeft);
        var rule = new string[header.Length];
        for (var i = 0; i < rule.Length; i++)
        {
            rule[i] = new string('-', widths[i]);
        }

        Line(text, rule, widths, indent, lastLeft);
        foreach (var row in rows)
        {
            Line(text, row, widths, indent, lastLeft);
        }
    }

    public static void Markdown(StringBuilder text, string[] header, List<string[]> rows)
    {
        MarkdownLine(text, header);
        text.Append('|');
        for (var i = 0; i < header.Length; i++)
        {
            text.Append(i == 0 ? " --- |" : " ---: |");
        }

        text.Append('\n');
        foreach (var row in rows)
        {
            MarkdownLine(text, row);
        }
    }

    public static string EscapeMarkdown(string cell)
        => cell.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static void MarkdownLine(StringBuilder text, string[] cells)
    {
        text.Append('|');
        foreach (var cell in cells)
        {
            text.Append(' ').Append(EscapeMarkdown(cell)).Append(" |");
        }

        text.Append('\n');
    }

    private static void Measure(int[] widths, string[] cells)
    {
        for (var i = 0; i < cells.Length && i < widths.Length; i++)
        {
            widths[i] = Math.Max(widths[i], cells[i].Length);
        }
    }

    private static void Line(StringBuilder text, string[] cells, int[] widths, string indent, bool lastLeft)
    {
        var line = new StringBuilder(indent);
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Length ? cells[i] : string.Empty;
            if (i > 0)
            {
                line.Append("  ");
            }

            line.Append(i == 0 || (lastLeft && i == widths.Length - 1) ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]));
        }

        text.Append(line.ToString().TrimEnd()).Append('\n');
    }
}
