using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IntegrationConcept.Spreadsheets.Benchmarks;

/// <summary>A measure list of 10^5 rows like the package reads: id, name, carrier, partner, goals, status, dates, numbers.</summary>
internal static class SheetData
{
    public const int Rows = 100_000;

    private static string[] Row(int i) =>
    [
        "M-" + i.ToString(CultureInfo.InvariantCulture), "Sprachförderung in der Kita Nummer " + i.ToString(CultureInfo.InvariantCulture),
        "Beirat für Migration und Integration", "Vereine im Stadtteil; Stadtverwaltung", "EQ-" + (i % 50).ToString(CultureInfo.InvariantCulture),
        (i % 4) switch { 0 => "geplant", 1 => "laufend", 2 => "abgeschlossen", _ => "abgebrochen" },
        "01.09.2011", "31.12.2012", (i * 1.5).ToString("N1", CultureInfo.GetCultureInfo("de-DE")), "I-" + (i % 20).ToString(CultureInfo.InvariantCulture),
    ];

    public static byte[] Csv()
    {
        var text = new StringBuilder("ID;Maßnahme;Träger;Partner;Ziele;Status;Beginn;Ende;Zielwert;Indikatoren\n");
        for (var i = 0; i < Rows; i++)
        {
            text.AppendJoin(';', Row(i).Select(v => v.Contains(';', StringComparison.Ordinal) ? "\"" + v + "\"" : v)).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new Sheets());
            var part = workbookPart.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(part))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new DocumentFormat.OpenXml.Spreadsheet.SheetData());
                for (var i = 0; i < Rows; i++)
                {
                    var row = new Row { RowIndex = (uint)(i + 1) };
                    foreach (var value in Row(i))
                    {
                        row.Append(new Cell(new InlineString(new Text(value))) { DataType = CellValues.InlineString });
                    }

                    writer.WriteElement(row);
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            workbookPart.Workbook.Sheets!.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = 1, Name = "Maßnahmen" });
        }

        return stream.ToArray();
    }
}
