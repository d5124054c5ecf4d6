using System.Collections.Generic;
using System.Globalization;
using System.Text;
using IntegrationConcept.Localization;
using IntegrationConcept.Rendering.Content;

namespace IntegrationConcept.Rendering.Html;

/// <summary>Writes the blocks of a report as HTML: the title and its facts in a header, a table of contents, one section per chapter.</summary>
internal sealed class HtmlBlocks(StringBuilder html, LanguageTable table)
{
    private static readonly LocalizedText ContentsHeading = new("Inhalt", "Contents");

    private int _figures;
    private bool _inSection;
    private bool _firstChapter = true;

    public void Write(IReadOnlyList<ContentBlock> blocks)
    {
        var headerOpen = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block is HeadingBlock { Level: 1 })
            {
                html.Append("<header>\n");
                headerOpen = true;
            }
            else if (block is HeadingBlock { Level: 2 } && headerOpen)
            {
                Contents(blocks);
                html.Append("</header>\n");
                headerOpen = false;
            }

            Block(block, afterTitle: i > 0 && blocks[i - 1] is HeadingBlock { Level: 1 });
        }

        if (headerOpen)
        {
            html.Append("</header>\n");
        }

        CloseSection();
    }

    private void Contents(IReadOnlyList<ContentBlock> blocks)
    {
        html.Append("<nav aria-labelledby=\"inhalt\">\n<h2 id=\"inhalt\">").Append(table.Text(ContentsHeading)).Append("</h2>\n<ol>\n");
        foreach (var block in blocks)
        {
            if (block is HeadingBlock { Level: 2 } heading)
            {
                html.Append("<li><a href=\"#").AppendEscaped(heading.Anchor).Append("\">").AppendEscaped(heading.Text).Append("</a></li>\n");
            }
        }

        html.Append("</ol>\n</nav>\n");
    }

    private void Block(ContentBlock block, bool afterTitle)
    {
        switch (block)
        {
            case HeadingBlock heading:
                Heading(heading);
                break;
            case ParagraphBlock paragraph:
                html.Append(paragraph.IsLead ? "<p class=\"lead\">" : "<p>").AppendLines(paragraph.Text).Append("</p>\n");
                break;
            case ListBlock list:
                // The facts under the title (concept, plan, date) are set off as metadata.
                html.Append(afterTitle ? "<ul class=\"meta\">\n" : "<ul>\n");
                foreach (var item in list.Items)
                {
                    html.Append("<li>").AppendLines(item).Append("</li>\n");
                }

                html.Append("</ul>\n");
                break;
            case TableBlock table:
                Table(table);
                break;
            case FigureBlock figure:
                Figure(figure);
                break;
        }
    }

    private void Heading(HeadingBlock heading)
    {
        if (heading.Level == 2)
        {
            CloseSection();
            html.Append(_firstChapter ? "<section class=\"chapter first\" aria-labelledby=\"" : "<section class=\"chapter\" aria-labelledby=\"")
                .AppendEscaped(heading.Anchor).Append("\">\n");
            _inSection = true;
            _firstChapter = false;
        }

        var level = heading.Level.ToString(CultureInfo.InvariantCulture);
        html.Append("<h").Append(level).Append(" id=\"").AppendEscaped(heading.Anchor).Append("\">").AppendEscaped(heading.Text).Append("</h").Append(level).Append(">\n");
    }

    private void CloseSection()
    {
        if (_inSection)
        {
            html.Append("</section>\n");
            _inSection = false;
        }
    }

    private void Table(TableBlock table)
    {
        html.Append("<table>\n<caption>").AppendEscaped(table.Caption).Append("</caption>\n<thead>\n<tr>");
        foreach (var header in table.Header)
        {
            html.Append("<th scope=\"col\">").AppendEscaped(header).Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append(row.IsTotal ? "<tr class=\"total\">" : "<tr>");
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                var tag = c == 0 ? "th" : "td";
                html.Append('<').Append(tag);
                if (c == 0)
                {
                    html.Append(" scope=\"row\"");
                }

                if (ToneClass(cell.Tone) is { } tone)
                {
                    html.Append(" class=\"tone ").Append(tone).Append("\"><span class=\"sym\" aria-hidden=\"true\">").Append(Symbol(cell.Tone)).Append("</span>");
                }
                else
                {
                    html.Append(IsNumber(cell.Text) ? " class=\"num\">" : ">");
                }

                html.AppendLines(cell.Text).Append("</").Append(tag).Append('>');
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private void Figure(FigureBlock figure)
    {
        _figures++;
        var id = "abb-" + _figures.ToString(CultureInfo.InvariantCulture);
        html.Append("<figure aria-labelledby=\"").Append(id).Append("-cap\">\n<figcaption id=\"").Append(id).Append("-cap\">")
            .AppendEscaped(figure.Title).Append("</figcaption>\n");
        SvgCharts.Write(html, figure, id);
        html.Append("<p class=\"desc\" id=\"").Append(id).Append("-desc\">").AppendEscaped(figure.Description).Append("</p>\n</figure>\n");
    }

    internal static string? ToneClass(ContentTone tone) => tone switch
    {
        ContentTone.Covered => "covered",
        ContentTone.PartlyCovered => "partly",
        ContentTone.Uncovered => "uncovered",
        ContentTone.OutOfScope => "outofscope",
        ContentTone.Green => "green",
        ContentTone.Yellow => "yellow",
        ContentTone.Red => "red",
        ContentTone.NoRating => "norating",
        _ => null,
    };

    internal static string Symbol(ContentTone tone) => tone switch
    {
        ContentTone.Covered => "✔",
        ContentTone.PartlyCovered => "◐",
        ContentTone.Uncovered => "✘",
        ContentTone.OutOfScope => "–",
        ContentTone.Green or ContentTone.Yellow or ContentTone.Red => "●",
        _ => "○",
    };

    private static bool IsNumber(string text)
    {
        if (text.Length == 0 || text.Length > 12)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c) && c is not (',' or '.' or '%' or ' ' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }
}
