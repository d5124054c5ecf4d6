using System;
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
            if (block is FigureBlock { Chart: CoverageBarChart })
            {
                // The table that follows the bar chart gives the same numbers; a text cannot draw the bars.
                continue;
            }

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
                case FigureBlock figure:
                    TextWrap.Append(text, figure.Title, Width, string.Empty, string.Empty);
                    TextWrap.Append(text, figure.Description, Width, Indent, Indent);
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

    // The widths of the columns when the table fits in columns: every body cell one line, headers wrapped at their
    // words, and the first column wrapped if need be (never below its longest word or 12 characters). Null otherwise.
    private static int[]? ColumnWidths(TableBlock table)
    {
        var widths = new int[table.Header.Count];
        for (var i = 0; i < widths.Length; i++)
        {
            widths[i] = LongestWord(table.Header[i]);
        }

        var firstWord = widths[0];
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

            firstWord = Math.Max(firstWord, LongestWord(row.Cells[0].Text));
        }

        var others = Indent.Length + (2 * (widths.Length - 1));
        for (var i = 1; i < widths.Length; i++)
        {
            others += widths[i];
        }

        widths[0] = Math.Min(widths[0], Width - others);
        return widths[0] >= Math.Max(firstWord, 12) ? widths : null;
    }

    private static int LongestWord(string text)
    {
        var longest = 0;
        foreach (var word in text.Split(' '))
        {
            longest = Math.Max(longest, word.Length);
        }

        return longest;
    }

    private const string Indent = "  ";

    private static void Columns(StringBuilder text, TableBlock table, int[] widths)
    {
        var right = new bool[widths.Length];
        for (var i = 1; i < right.Length; i++)
        {
            right[i] = IsNumeric(table, i);
        }

        Line(text, [.. table.Header], widths, right);
        var rule = TextColumns.Rule(widths);
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

    // One row of cells, each wrapped to its column's width at spaces; the row is as high as its highest cell.
    private static void Line(StringBuilder text, string[] cells, int[] widths, bool[] right)
    {
        var wrapped = new string[cells.Length][];
        var height = 1;
        for (var i = 0; i < cells.Length; i++)
        {
            var lines = new StringBuilder();
            TextWrap.Append(lines, cells[i], widths[i], string.Empty, string.Empty);
            wrapped[i] = lines.ToString().TrimEnd('\n').Split('\n');
            height = Math.Max(height, wrapped[i].Length);
        }

        var cellsOfLine = new string[cells.Length];
        for (var l = 0; l < height; l++)
        {
            for (var i = 0; i < cells.Length; i++)
            {
                cellsOfLine[i] = l < wrapped[i].Length ? wrapped[i][l] : string.Empty;
            }

            TextColumns.Line(text, cellsOfLine, widths, right, Indent);
        }
    }

    // A column of counts, amounts and percentages (dashes where there is none) is aligned right; a column of dashes is not.
    public static bool IsNumeric(TableBlock table, int column)
    {
        var digits = false;
        foreach (var row in table.Rows)
        {
            foreach (var c in row.Cells[column].Text)
            {
                digits |= char.IsAsciiDigit(c);
                if (!(char.IsAsciiDigit(c) || c is '.' or ',' or '%' or '€' or '–' or '-' or ' ' or '\u00A0'))
                {
                    return false;
                }
            }
        }

        return digits;
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
