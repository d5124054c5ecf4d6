using System;
using System.Collections.Generic;
using System.Text;
using IntegrationConcept.Rendering.Content;

namespace IntegrationConcept.Rendering;

/// <summary>
/// Writes a <see cref="ReportContent"/> as plain text of at most <see cref="Width"/> columns: underlined headings,
/// wrapped paragraphs and lists, a table in columns when it fits and otherwise one entry per row with its labelled
/// values, and a chart as its title and text alternative.
/// </summary>
internal static class TextLayout
{
    public const int Width = 100;

    public static string Write(ReportContent content)
    {
        var text = new StringBuilder(8_192);
        ContentBlock? previous = null;
        foreach (var block in content.Blocks)
        {
            if (previous is not null && previous is not HeadingBlock)
            {
                text.Append('\n');
            }

            switch (block)
            {
                case HeadingBlock heading:
                    Heading(text, heading);
                    break;
                case ParagraphBlock paragraph:
                    TextWrap.Append(text, paragraph.Text, Width, string.Empty, string.Empty);
                    break;
                case ListBlock list:
                    foreach (var item in list.Items)
                    {
                        TextWrap.Append(text, item, Width, "- ", "  ");
                    }

                    break;
                case TableBlock table:
                    Table(text, table);
                    break;
                case FigureBlock figure when figure.Chart is CoverageBarChart:
                    // The table that follows the bar chart gives the same numbers; a text cannot draw the bars.
                    continue;
                case FigureBlock figure:
                    TextWrap.Append(text, figure.Title + ": " + figure.Description, Width, string.Empty, string.Empty);
                    break;
            }

            previous = block;
        }

        return text.ToString();
    }

    private static void Heading(StringBuilder text, HeadingBlock heading)
    {
        var before = text.Length;
        TextWrap.Append(text, heading.Text, Width, string.Empty, string.Empty);
        var longest = 0;
        foreach (var line in text.ToString(before, text.Length - before).Split('\n'))
        {
            longest = Math.Max(longest, line.Length);
        }

        var mark = heading.Level switch { 1 => '=', 2 => '-', _ => '~' };
        if (heading.Level <= 3)
        {
            text.Append(mark, longest).Append('\n');
        }
    }

    private static void Table(StringBuilder text, TableBlock table)
    {
        TextWrap.Append(text, table.Caption + ":", Width, string.Empty, string.Empty);
        var widths = ColumnWidths(table);
        if (widths is not null)
        {
            Columns(text, table, widths);
        }
        else
        {
            Entries(text, table);
        }
    }

    // The widths of the columns when every cell is one line and the table fits; null when it must be written as entries.
    private static int[]? ColumnWidths(TableBlock table)
    {
        var widths = new int[table.Header.Count];
        for (var i = 0; i < widths.Length; i++)
        {
            widths[i] = table.Header[i].Length;
        }

        foreach (var row in table.Rows)
        {
            for (var i = 0; i < widths.Length; i++)
            {
                var cell = row.Cells[i].Text;
                if (cell.Contains('\n', StringComparison.Ordinal))
                {
                    return null;
                }

                widths[i] = Math.Max(widths[i], cell.Length);
            }
        }

        var total = Indent.Length + (2 * (widths.Length - 1));
        foreach (var width in widths)
        {
            total += width;
        }

        return total <= Width ? widths : null;
    }

    private const string Indent = "  ";

    private static void Columns(StringBuilder text, TableBlock table, int[] widths)
    {
        var right = new bool[widths.Length];
        for (var i = 1; i < right.Length; i++)
        {
            right[i] = IsNumeric(table, i);
        }

        Line(text, table.Header, widths, right);
        var rule = new string[widths.Length];
        for (var i = 0; i < rule.Length; i++)
        {
            rule[i] = new string('-', widths[i]);
        }

        Line(text, rule, widths, right);
        foreach (var row in table.Rows)
        {
            if (row.IsTotal)
            {
                Line(text, rule, widths, right);
            }

            var cells = new string[row.Cells.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row.Cells[i].Text;
            }

            Line(text, cells, widths, right);
        }
    }

    private static void Line(StringBuilder text, IReadOnlyList<string> cells, int[] widths, bool[] right)
    {
        var line = new StringBuilder(Indent);
        for (var i = 0; i < widths.Length; i++)
        {
            if (i > 0)
            {
                line.Append("  ");
            }

            line.Append(right[i] ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
        }

        text.Append(line.ToString().TrimEnd()).Append('\n');
    }

    // A column of counts, amounts and percentages (or dashes) is aligned right.
    public static bool IsNumeric(TableBlock table, int column)
    {
        foreach (var row in table.Rows)
        {
            foreach (var c in row.Cells[column].Text)
            {
                if (!(char.IsAsciiDigit(c) || c is '.' or ',' or '%' or '€' or '–' or '-' or ' ' or '\u00A0'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // One entry per row: the row's first cell, then each other column as "label: value", lines of a value below its label.
    private static void Entries(StringBuilder text, TableBlock table)
    {
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (r > 0)
            {
                text.Append('\n');
            }

            TextWrap.Append(text, row.Cells[0].Text.Replace('\n', ' '), Width, "- ", "  ");
            for (var i = 1; i < row.Cells.Count; i++)
            {
                var label = table.Header[i] + ":";
                var lines = row.Cells[i].Text.Split('\n');
                if (lines.Length == 1 && Indent.Length + label.Length + 1 + lines[0].Length <= Width)
                {
                    text.Append(Indent).Append(label).Append(' ').Append(lines[0]).Append('\n');
                    continue;
                }

                if (lines.Length == 1)
                {
                    TextWrap.Append(text, label + " " + lines[0], Width, Indent, Indent + "  ");
                    continue;
                }

                text.Append(Indent).Append(label).Append('\n');
                foreach (var line in lines)
                {
                    TextWrap.Append(text, line, Width, Indent + "  ", Indent + "    ");
                }
            }
        }
    }
}
