using System;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using IntegrationConcept.Localization;
using IntegrationConcept.Rendering.Content;

namespace IntegrationConcept.Word;

/// <summary>Writes the blocks as a submission: title, "Vorlage zur Kenntnisnahme", proposed resolution, then the report as "Sachdarstellung".</summary>
internal sealed class WordBody(Body body, LanguageTable language)
{
    public void Write(ReportContent content)
    {
        foreach (var block in content.Blocks)
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 } title:
                    Paragraph(WordStyles.Title, title.Text);
                    Paragraph(null, language.Text(WordTexts.Submission), bold: true);
                    Paragraph(WordStyles.Heading(1), language.Text(WordTexts.ProposedResolution));
                    Paragraph(null, language.Fill(WordTexts.TakesNote, title.Text));
                    Paragraph(WordStyles.Heading(1), language.Text(WordTexts.StatementOfFacts));
                    break;
                case HeadingBlock heading:
                    // The report's chapters sit under "Sachdarstellung": one level down.
                    Paragraph(WordStyles.Heading(Math.Min(heading.Level, 4)), heading.Text);
                    break;
                case ParagraphBlock paragraph:
                    Paragraph(null, paragraph.Text, bold: paragraph.IsLead);
                    break;
                case ListBlock list:
                    foreach (var item in list.Items)
                    {
                        body.Append(new Paragraph(
                            new ParagraphProperties(
                                new ParagraphStyleId { Val = WordStyles.ListParagraph },
                                new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = WordNumbering.BulletList })),
                            Run(item, bold: false)));
                    }

                    break;
                case TableBlock table:
                    Paragraph(WordStyles.Caption, table.Caption);
                    body.Append(WordTable.Create(table, language));
                    Paragraph(null, string.Empty);
                    break;
                case FigureBlock figure:
                    // Word gets the chart's words; the HTML report draws it.
                    Paragraph(WordStyles.Caption, figure.Title);
                    Paragraph(null, figure.Description);
                    break;
            }
        }
    }

    private void Paragraph(string? style, string text, bool bold = false)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        if (text.Length > 0)
        {
            paragraph.Append(Run(text, bold));
        }

        body.Append(paragraph);
    }

    /// <summary>A run of text; <c>\n</c> becomes a line break; spaces at the ends are kept.</summary>
    internal static Run Run(string text, bool bold, string? colour = null)
    {
        var run = new Run();
        if (bold || colour is not null)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }

            if (colour is not null)
            {
                properties.Append(new Color { Val = colour });
            }

            run.Append(properties);
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(Clean(lines[i])) { Space = SpaceProcessingModeValues.Preserve });
        }

        return run;
    }

    // XML 1.0 allows no control characters other than tab and line breaks.
    private static string Clean(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not '\t' || char.IsSurrogate(c))
            {
                return string.Create(text.Length, text, static (span, source) =>
                {
                    for (var i = 0; i < source.Length; i++)
                    {
                        var ch = source[i];
                        var pairOk = char.IsHighSurrogate(ch) ? i + 1 < source.Length && char.IsLowSurrogate(source[i + 1])
                            : !char.IsLowSurrogate(ch) || (i > 0 && char.IsHighSurrogate(source[i - 1]));
                        span[i] = (char.IsControl(ch) && ch != '\t') || !pairOk ? ' ' : ch;
                    }
                });
            }
        }

        return text;
    }
}
