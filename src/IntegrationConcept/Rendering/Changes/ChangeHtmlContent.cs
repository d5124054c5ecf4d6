using System.Collections.Generic;
using System.Globalization;
using IntegrationConcept.Changes;
using IntegrationConcept.Localization;
using IntegrationConcept.Rendering.Content;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rendering.Changes;

/// <summary>
/// Turns a format-neutral <see cref="ChangeDocument"/> into report blocks for the HTML report: the title, the lines
/// under it as metadata, one chapter per section (table, list or the "none" paragraph), and the given figures after
/// the section they belong to.
/// </summary>
internal static class ChangeHtmlContent
{
    public static ReportContent Blocks(ChangeContent content, ChangeDocument document, ChangeSection? figuresAfter = null, IReadOnlyList<FigureBlock>? figures = null)
    {
        var blocks = new List<ContentBlock> { new HeadingBlock(1, document.Title, "titel") };
        if (document.Lines.Count > 0)
        {
            blocks.Add(new ListBlock(document.Lines));
        }

        for (var i = 0; i < document.Sections.Count; i++)
        {
            var section = document.Sections[i];
            blocks.Add(new HeadingBlock(2, section.Heading, "abschnitt-" + (i + 1).ToString(CultureInfo.InvariantCulture)));
            if (section.Header is { } header && section.Rows.Count > 0)
            {
                var rows = new List<TableRow>(section.Rows.Count);
                foreach (var row in section.Rows)
                {
                    var cells = new List<TableCell>(row.Length);
                    foreach (var cell in row)
                    {
                        cells.Add(new TableCell(cell));
                    }

                    rows.Add(new TableRow(cells));
                }

                blocks.Add(new TableBlock(section.Heading, header, rows));
            }

            if (section.Bullets.Count > 0)
            {
                blocks.Add(new ListBlock(section.Bullets));
            }

            if (section.Rows.Count == 0 && section.Bullets.Count == 0 && section.Empty is { } empty)
            {
                blocks.Add(new ParagraphBlock(empty));
            }

            if (ReferenceEquals(section, figuresAfter) && figures is not null)
            {
                blocks.AddRange(figures);
            }
        }

        return new ReportContent(LanguageTable.For(content.Culture), document.Title, blocks);
    }

    /// <summary>One chart per action field: a "before" and an "after" bar of its goals by grade, described in words and numbers.</summary>
    public static List<FigureBlock> FieldFigures(ChangeContent content, CoverageChange change)
    {
        var language = LanguageTable.For(content.Culture).BaseLanguage;
        var format = new ContentFormat(content.Culture);
        var figures = new List<FigureBlock>(change.ActionFields.Count);
        foreach (var field in change.ActionFields)
        {
            var bars = new List<CoverageBar> { Bar(content.L(ChangeTexts.Before), field.Before), Bar(content.L(ChangeTexts.After), field.After) };
            var chart = PlanContentBuilder.BarChart(format, bars);
            var transition = content.L(ChangeTexts.Transition(field.Transition))
                + (field.CoveredPercentChange is { } p ? ", " + content.Points(p) + " " + content.L(ChangeTexts.Points) : string.Empty);
            var description = content.Fill(ChangeTexts.FieldChartDescription, Counts(content, chart.Legend, field.Before), Counts(content, chart.Legend, field.After), transition);
            figures.Add(new FigureBlock(content.Fill(ChangeTexts.FieldChart, field.DisplayName(language)), description, chart));
        }

        return figures;
    }

    private static CoverageBar Bar(string label, ActionFieldCoverage? field)
        => field is null ? new CoverageBar(label, 0, 0, 0, 0) : new CoverageBar(label, field.Goals.Covered, field.Goals.PartlyCovered, field.Goals.Uncovered, field.Goals.OutOfScope);

    private static string Counts(ChangeContent content, IReadOnlyList<string> legend, ActionFieldCoverage? field)
    {
        if (field is null)
        {
            return content.L(ChangeTexts.NotAssessed);
        }

        var c = field.Goals;
        return legend[0] + " " + ChangeContent.Count(c.Covered) + ", " + legend[1] + " " + ChangeContent.Count(c.PartlyCovered) + ", "
            + legend[2] + " " + ChangeContent.Count(c.Uncovered) + ", " + legend[3] + " " + ChangeContent.Count(c.OutOfScope)
            + " (" + content.L(Terms.Grade(field.Grade)) + ")";
    }
}
