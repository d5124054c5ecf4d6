using DocumentFormat.OpenXml.Wordprocessing;
using IntegrationConcept.Localization;
using IntegrationConcept.Rendering.Content;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableCell = DocumentFormat.OpenXml.Wordprocessing.TableCell;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace IntegrationConcept.Word;

/// <summary>A real Word table: full width, a header row that repeats on every page, the caption as the table's title, statuses shaded and said in words.</summary>
internal static class WordTable
{
    public static Table Create(TableBlock block, LanguageTable language)
    {
        var table = new Table(new TableProperties(
            new TableStyle { Val = WordStyles.TableGrid },
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableLook { Val = "04A0", FirstRow = true, FirstColumn = true, NoHorizontalBand = false, NoVerticalBand = true, LastRow = false, LastColumn = false },
            new TableCaption { Val = block.Caption },
            new TableDescription { Val = language.Fill(WordTexts.TableDescription, block.Caption) }));
        var grid = new TableGrid();
        for (var c = 0; c < block.Header.Count; c++)
        {
            grid.Append(new GridColumn());
        }

        table.Append(grid);
        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        foreach (var text in block.Header)
        {
            header.Append(Cell(text, ContentTone.None, bold: true, fill: "EEF2F6"));
        }

        table.Append(header);
        foreach (var row in block.Rows)
        {
            var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var cell = row.Cells[c];
                tableRow.Append(Cell(cell.Text, cell.Tone, bold: row.IsTotal, fill: Fill(cell.Tone)));
            }

            table.Append(tableRow);
        }

        return table;
    }

    private static TableCell Cell(string text, ContentTone tone, bool bold, string? fill)
    {
        var properties = new TableCellProperties();
        if (fill is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }

        var prefix = Symbol(tone);
        return new TableCell(properties, new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { After = "0" }),
            WordBody.Run(prefix + text, bold || tone != ContentTone.None)));
    }

    private static string? Fill(ContentTone tone) => tone switch
    {
        ContentTone.Covered or ContentTone.Green => "DCEFD8",
        ContentTone.PartlyCovered or ContentTone.Yellow => "FFF1C4",
        ContentTone.Uncovered or ContentTone.Red => "F8D9D7",
        ContentTone.OutOfScope or ContentTone.NoRating => "ECECEC",
        _ => null,
    };

    private static string Symbol(ContentTone tone) => tone switch
    {
        ContentTone.Covered => "✔ ",
        ContentTone.PartlyCovered => "◐ ",
        ContentTone.Uncovered => "✘ ",
        ContentTone.OutOfScope => "– ",
        ContentTone.Green or ContentTone.Yellow or ContentTone.Red => "● ",
        ContentTone.NoRating => "○ ",
        _ => string.Empty,
    };
}
