using System.Collections.Generic;
using System.Text;
using IntegrationConcept.Rendering.Content;

namespace IntegrationConcept.Rendering;

/// <summary>
/// Writes a <see cref="ReportContent"/> as GitHub-flavoured Markdown: ATX headings, paragraphs, lists, pipe tables
/// (a caption in bold above, <c>&lt;br&gt;</c> between the lines of a cell, counts aligned right) and a chart as its
/// title and text alternative. Every text from the documents is escaped, so it cannot become markup.
/// </summary>
internal static class MarkdownLayout
{
    public static string Write(ReportContent content)
    {
        var text = new StringBuilder(8_192);
        foreach (var block in content.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    text.Append('#', heading.Level).Append(' ').Append(Escape(heading.Text)).Append("\n\n");
                    break;
                case ParagraphBlock paragraph:
                    text.Append(Escape(paragraph.Text)).Append("\n\n");
                    break;
                case ListBlock list:
                    foreach (var item in list.Items)
                    {
                        text.Append("- ").Append(Escape(item)).Append('\n');
                    }

                    text.Append('\n');
                    break;
                case TableBlock table:
                    Table(text, table);
                    break;
                case FigureBlock { Chart: CoverageBarChart }:
                    // The table that follows gives the same numbers.
                    break;
                case FigureBlock figure:
                    text.Append('*').Append(Escape(figure.Title)).Append(":* ").Append(Escape(figure.Description)).Append("\n\n");
                    break;
            }
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    private static void Table(StringBuilder text, TableBlock table)
    {
        text.Append("**").Append(Escape(table.Caption)).Append("**\n\n");
        var right = new bool[table.Header.Count];
        for (var i = 1; i < right.Length; i++)
        {
            right[i] = TextLayout.IsNumeric(table, i);
        }

        TableHeader(text, table.Header, right);
        foreach (var row in table.Rows)
        {
            text.Append('|');
            foreach (var cell in row.Cells)
            {
                var value = Escape(cell.Text.Replace("\n", "\u0001", System.StringComparison.Ordinal)).Replace("\u0001", "<br>", System.StringComparison.Ordinal);
                text.Append(' ').Append(row.IsTotal && value.Length > 0 ? "**" + value + "**" : value).Append(" |");
            }

            text.Append('\n');
        }

        text.Append('\n');
    }

    /// <summary>The header row of a Markdown table and its alignment row (<c>---:</c> where <paramref name="right"/> is set).</summary>
    internal static void TableHeader(StringBuilder text, IReadOnlyList<string> header, bool[] right)
    {
        TableRow(text, header);
        text.Append('|');
        for (var i = 0; i < header.Count; i++)
        {
            text.Append(right[i] ? " ---: |" : " --- |");
        }

        text.Append('\n');
    }

    /// <summary>One row of a Markdown table; each cell escaped with <see cref="Escape"/>.</summary>
    internal static void TableRow(StringBuilder text, IReadOnlyList<string> cells)
    {
        text.Append('|');
        foreach (var cell in cells)
        {
            text.Append(' ').Append(Escape(cell)).Append(" |");
        }

        text.Append('\n');
    }

    // Backslash-escapes every character Markdown could read as markup; line breaks become spaces.
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return escaped.ToString();
    }
}
