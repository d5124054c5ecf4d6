using FluentAssertions;
using Xunit;

namespace IntegrationConcept.Spreadsheets.Tests;

public sealed class RoundTripTests
{
    [Fact]
    public void ExportThenImport_SamplePlan_GivesAnEqualPlan()
    {
        var plan = TestWorkbooks.SamplePlan();
        using var workbook = new MemoryStream();
        new SpreadsheetExporter().WriteXlsx(plan, workbook);
        workbook.Position = 0;

        var result = new SpreadsheetImporter().ImportXlsx(workbook, "plan.xlsx", plan.Title, plan.District, plan.Concept);

        result.Problems.Should().BeEmpty();
        result.Value.Should().Be(plan);
    }

    [Fact]
    public void ExportThenImport_Twice_GivesTheSameWorkbookContent()
    {
        var plan = TestWorkbooks.SamplePlan();
        using var first = new MemoryStream();
        new SpreadsheetExporter().WriteXlsx(plan, first);
        first.Position = 0;
        var imported = new SpreadsheetImporter().ImportXlsx(first, "a.xlsx", plan.Title, plan.District, plan.Concept).GetValueOrThrow();
        using var second = new MemoryStream();
        new SpreadsheetExporter().WriteXlsx(imported, second);
        second.Position = 0;

        new SpreadsheetImporter().ImportXlsx(second, "b.xlsx", plan.Title, plan.District, plan.Concept).GetValueOrThrow().Should().Be(plan);
    }

    [Fact]
    public void Import_CommittedSampleWorkbook_RoundTripsToAnEqualPlan()
    {
        var path = Path.Combine(RepositoryRoot(), "samples", "SpreadsheetImport", "data", "ehrang-quint-massnahmen.xlsx");
        using var file = File.OpenRead(path);
        var plan = new SpreadsheetImporter().ImportXlsx(file, "ehrang-quint-massnahmen.xlsx", "Stadtteilkonzept Ehrang/Quint", TestWorkbooks.District, TestWorkbooks.Concept).GetValueOrThrow();
        plan.Measures.Count.Should().BeGreaterThan(5);

        using var exported = new MemoryStream();
        new SpreadsheetExporter().WriteXlsx(plan, exported);
        exported.Position = 0;
        var again = new SpreadsheetImporter().ImportXlsx(exported, "export.xlsx", plan.Title, plan.District, plan.Concept).GetValueOrThrow();

        again.Should().Be(plan);
    }

    [Fact]
    public void Template_HasEverySheetWithHeadersAndDropDownLists()
    {
        using var template = new MemoryStream();
        new SpreadsheetExporter().WriteTemplate(template);
        template.Position = 0;
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(template, false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().ToDictionary(s => s.Name!.Value!, s => (DocumentFormat.OpenXml.Packaging.WorksheetPart)workbook.GetPartById(s.Id!.Value!));

        sheets.Keys.Should().Equal("Ziele", "Maßnahmen", "Indikatoren", "Messwerte", "Akteure");
        var measures = sheets["Maßnahmen"].Worksheet;
        measures.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Single().InnerText.Should().Contain("Maßnahme").And.Contain("Träger").And.Contain("Beginn").And.Contain("Ende");
        measures.Descendants<DocumentFormat.OpenXml.Spreadsheet.DataValidation>().Single().Formula1!.Text.Should().Be("\"geplant,laufend,abgeschlossen,abgebrochen\"");
        sheets["Akteure"].Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.DataValidation>().Single().Formula1!.Text.Should().Contain("Verein").And.Contain("Wohlfahrtsverband");
        sheets["Indikatoren"].Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Single().InnerText.Should().Contain("Zielwert");

        template.Position = 0;
        var empty = new SpreadsheetImporter().ImportXlsx(template, "vorlage.xlsx", "leer", TestWorkbooks.District, TestWorkbooks.Concept);
        empty.Problems.Should().BeEmpty("a template with headers only is an empty plan");
        empty.Value!.Measures.Count.Should().Be(0);
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "IntegrationConcept.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (IntegrationConcept.sln) was not found.");
    }
}
