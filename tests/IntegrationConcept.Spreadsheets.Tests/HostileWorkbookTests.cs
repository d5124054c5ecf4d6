using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FluentAssertions;
using IntegrationConcept.Model;
using Xunit;

namespace IntegrationConcept.Spreadsheets.Tests;

public sealed class HostileWorkbookTests
{
    private static SpreadsheetImportResult<DistrictPlan> Import(Stream workbook, SpreadsheetImporter? importer = null)
        => (importer ?? new SpreadsheetImporter()).ImportXlsx(workbook, "mappe.xlsx", "Plan", TestWorkbooks.District, TestWorkbooks.Concept);

    [Fact]
    public void MergedCells_AreRefusedWithTheirRange()
    {
        using var workbook = TestWorkbooks.Xlsx(("Maßnahmen", (data, sheet) =>
        {
            data.Append(TestWorkbooks.TextRow(1, "ID", "Maßnahme"), TestWorkbooks.TextRow(2, "M-1", "Fest"), TestWorkbooks.TextRow(3, "M-2"));
            sheet.Append(new MergeCells(new MergeCell { Reference = "B2:B3" }));
        }
        ));

        // The merged range is reported, and so is the cell it leaves empty (only the first cell of a range holds the value).
        var problems = Import(workbook).Problems;
        problems.Select(p => (p.Code, p.Row)).Should().Equal((SpreadsheetProblemCode.MergedCells, 2), (SpreadsheetProblemCode.MissingValue, 3));
        var problem = problems[0];
        problem.Should().Match<SpreadsheetProblem>(p => p.Code == SpreadsheetProblemCode.MergedCells && p.Sheet == "Maßnahmen" && p.Row == 2 && p.Value == "B2:B3");
        problem.GetMessage().Should().Be("Datei mappe.xlsx, Blatt „Maßnahmen“, Zeile 2: Die Zellen B2:B3 sind verbunden; bitte die Verbindung aufheben und den Wert in jede Zeile schreiben.");
    }

    [Fact]
    public void Formula_IsRefusedWithItsCell()
    {
        using var workbook = TestWorkbooks.Xlsx(("Maßnahmen", (data, _) =>
        {
            var row = TestWorkbooks.TextRow(2, "M-1");
            row.Append(new Cell(new CellFormula("A2&\" Fest\""), new CellValue("M-1 Fest")) { CellReference = "B2", DataType = CellValues.String });
            data.Append(TestWorkbooks.TextRow(1, "ID", "Maßnahme"), row);
        }
        ));

        Import(workbook).Problems.Should().ContainSingle().Which.Should().Match<SpreadsheetProblem>(p =>
            p.Code == SpreadsheetProblemCode.Formula && p.Row == 2 && p.Column == "B" && p.Value == "=A2&\" Fest\"");
    }

    [Fact]
    public void EmptySheet_IsReported()
    {
        using var workbook = TestWorkbooks.Xlsx(("Maßnahmen", (_, _) => { }));

        Import(workbook).Problems.Should().ContainSingle().Which.GetMessage().Should().Be("Datei mappe.xlsx, Blatt „Maßnahmen“: Das Blatt ist leer: Es fehlt die Kopfzeile.");
    }

    [Fact]
    public void NoKnownSheet_NamesTheExpectedSheets()
    {
        using var workbook = TestWorkbooks.Xlsx(("Tabelle1", (data, _) => data.Append(TestWorkbooks.TextRow(1, "ID"))));

        Import(workbook).Problems.Should().ContainSingle().Which.Should().Match<SpreadsheetProblem>(p =>
            p.Code == SpreadsheetProblemCode.NoKnownSheet && p.Detail!.Contains("Maßnahmen"));
    }

    [Fact]
    public void WrongTypes_NumericCellInATextDateColumnAndTextInANumberColumn_AreProblems()
    {
        using var workbook = TestWorkbooks.Xlsx(("Indikatoren", (data, _) =>
        {
            data.Append(TestWorkbooks.TextRow(1, "ID", "Indikator", "Art", "Richtung", "Basisdatum", "Basiswert"));
            var row = TestWorkbooks.TextRow(2, "I-1", "Quote", "Prozent", "steigen");
            row.Append(new Cell(new CellValue("41999.5")) { CellReference = "E2" }, new Cell(new InlineString(new Text("viel"))) { CellReference = "F2", DataType = CellValues.InlineString });
            data.Append(row);
        }
        ));

        Import(workbook).Problems.Select(p => (p.Code, p.Column)).Should().Equal(
            (SpreadsheetProblemCode.InvalidDate, "E"), (SpreadsheetProblemCode.InvalidNumber, "F"));
    }

    [Fact]
    public void EmptyCellElementsAndSharedStrings_AreRead()
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new Sheets());
            var strings = workbookPart.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(new SharedStringItem(new Text("Maßnahme")), new SharedStringItem(new Text("Straßenfest")));
            var part = workbookPart.AddNewPart<WorksheetPart>();
            var header = TestWorkbooks.TextRow(1, "ID");
            header.Append(new Cell(new CellValue("0")) { CellReference = "B1", DataType = CellValues.SharedString }, new Cell { CellReference = "C1" });
            var row = new Row(new Cell { CellReference = "A2" }) { RowIndex = 2 };
            row.Append(new Cell(new InlineString(new Text("M-1"))) { CellReference = "A2", DataType = CellValues.InlineString });
            row.RemoveChild(row.GetFirstChild<Cell>());
            row.Append(new Cell { CellReference = "B2", StyleIndex = 0 });
            row.Append(new Cell(new CellValue("1")) { CellReference = "C2", DataType = CellValues.SharedString });
            var data = new SheetData(header, row, new Row(new Cell { CellReference = "A3" }, new Cell(new InlineString(new Text("M-2"))) { CellReference = "B3", DataType = CellValues.InlineString }) { RowIndex = 3 });
            part.Worksheet = new Worksheet(data);
            workbookPart.Workbook.Sheets!.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = 1, Name = "Maßnahmen" });
        }

        stream.Position = 0;
        var problems = Import(stream).Problems;

        // Row 2 has an empty name (B2 is an empty element); row 3 an empty id (A3) and the name in B3.
        problems.Select(p => (p.Code, p.Row, p.Column)).Should().Equal(
            (SpreadsheetProblemCode.MissingValue, 2, "B"), (SpreadsheetProblemCode.MissingValue, 3, "A"));
    }

    [Fact]
    public void DateCells_AreReadAsDates()
    {
        using var workbook = TestWorkbooks.Xlsx(("Maßnahmen", (data, _) =>
        {
            data.Append(TestWorkbooks.TextRow(1, "ID", "Maßnahme", "Beginn"));
            var row = TestWorkbooks.TextRow(2, "M-1", "Fest");
            row.Append(new Cell(new CellValue("42004")) { CellReference = "C2" });
            data.Append(row);
        }
        ));

        Import(workbook).Value!.Measures[0].Period!.Start.Should().Be(new NodaTime.LocalDate(2014, 12, 31));
    }

    [Fact]
    public void AMillionRows_StopAtTheRowLimit()
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook(new Sheets());
            var part = workbookPart.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(part))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                writer.WriteElement(TestWorkbooks.TextRow(1, "ID", "Maßnahme"));
                for (uint i = 2; i <= 1_000_001; i++)
                {
                    writer.WriteElement(new Row(new Cell(new CellValue(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))) { RowIndex = i });
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            workbookPart.Workbook.Sheets!.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = 1, Name = "Maßnahmen" });
        }

        stream.Position = 0;
        var problem = Import(stream).Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be(SpreadsheetProblemCode.TooManyRows);
        problem.Row.Should().Be(SpreadsheetLimits.DefaultMaxRows + 2);
    }

    [Fact]
    public void ZipBomb_IsRefusedBeforeUnpacking()
    {
        using var bomb = TestWorkbooks.ZipBomb(50L * 1024 * 1024);
        bomb.Length.Should().BeLessThan(1024 * 1024, "the test file must really be a bomb: tiny packed, large unpacked");

        var problem = Import(bomb).Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be(SpreadsheetProblemCode.PartTooLarge);
        problem.Value.Should().Be("xl/worksheets/sheet1.xml");
        problem.Detail.Should().StartWith("ratio ");
    }

    [Fact]
    public void PartOverTheLimit_IsRefused()
    {
        using var bomb = TestWorkbooks.ZipBomb(3L * 1024 * 1024);

        var problem = Import(bomb, new SpreadsheetImporter(limits: SpreadsheetLimits.Default.WithMaxPartBytes(1024 * 1024))).Problems.Should().ContainSingle().Subject;
        problem.Code.Should().Be(SpreadsheetProblemCode.PartTooLarge);
        problem.Detail.Should().Contain("> 1048576");
    }

    [Fact]
    public void NotAWorkbook_IsUnreadable()
    {
        using var text = TestWorkbooks.Csv("ID;Maßnahme\nM-1;Fest\n");

        Import(text).Problems.Should().ContainSingle().Which.Code.Should().Be(SpreadsheetProblemCode.UnreadableFile);
    }
}
