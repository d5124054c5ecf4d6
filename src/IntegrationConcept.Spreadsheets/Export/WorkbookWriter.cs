using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IntegrationConcept.Spreadsheets.Reading;
using NodaTime;

namespace IntegrationConcept.Spreadsheets.Export;

/// <summary>Writes sheets of rows to an XLSX workbook: text as inline strings, numbers as numbers, dates as date cells, and list validations.</summary>
internal sealed class WorkbookWriter
{
    private static readonly LocalDate Epoch = new(1899, 12, 30);
    private readonly List<(string Name, SheetMapping Mapping, List<object?[]> Rows)> _sheets = new();
    private readonly int _validationRows;

    public WorkbookWriter(int validationRows) => _validationRows = validationRows;

    public void Add(SheetMapping mapping, List<object?[]> rows) => _sheets.Add((mapping.Name, mapping, rows));

    public void Write(Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                new CellFormat { FontId = 1, ApplyFont = true })
            { Count = 3 });
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        uint sheetId = 1;
        foreach (var (name, mapping, rows) in _sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var fields = MappingFields.Of(mapping.Kind);
            data.Append(new Row(fields.Select((f, i) => Text(i, 1, mapping.Columns[f.Key], style: 2))) { RowIndex = 1 });
            uint rowIndex = 2;
            foreach (var values in rows)
            {
                var row = new Row { RowIndex = rowIndex };
                for (var i = 0; i < values.Length; i++)
                {
                    if (CellOf(i, rowIndex, values[i]) is { } cell)
                    {
                        row.Append(cell);
                    }
                }

                data.Append(row);
                rowIndex++;
            }

            var worksheet = new Worksheet(data);
            var validations = Validations(mapping);
            if (validations.Count > 0)
            {
                worksheet.Append(new DataValidations(validations) { Count = (uint)validations.Count });
            }

            part.Worksheet = worksheet;
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId++, Name = name });
        }

        workbookPart.Workbook.Save();
    }

    private List<DataValidation> Validations(SheetMapping mapping)
    {
        var lists = mapping.Kind switch
        {
            SheetKind.Measures => [("status", Import.Choices.Status.Select(c => c.Label))],
            SheetKind.Actors => [("kind", Import.Choices.ActorKinds.Select(c => c.Label))],
            SheetKind.Indicators => [("measureType", Import.Choices.MeasureTypes.Select(c => c.Label)), ("direction", Import.Choices.Directions.Select(c => c.Label))],
            SheetKind.Measurements => [("kind", Import.Choices.DataPointKinds.Select(c => c.Label))],
            SheetKind.CityGoals => [("level", Import.Choices.GoalLevels.Select(c => c.Label))],
            _ => new List<(string, IEnumerable<string>)>(),
        };
        var fields = MappingFields.Of(mapping.Kind).Select(f => f.Key).ToList();
        return lists.Select(l =>
        {
            var column = ColumnName.Of(fields.IndexOf(l.Item1));
            return new DataValidation
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowErrorMessage = true,
                SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{column}2:{column}{_validationRows + 1}" },
                Formula1 = new Formula1("\"" + string.Join(",", l.Item2) + "\""),
            };
        }).ToList();
    }

    private static Cell? CellOf(int column, uint row, object? value) => value switch
    {
        null => null,
        string { Length: 0 } => null,
        string text => Text(column, row, text, style: 0),
        decimal number => new Cell(new CellValue(number.ToString(CultureInfo.InvariantCulture))) { CellReference = Reference(column, row) },
        LocalDate date => new Cell(new CellValue(Period.Between(Epoch, date, PeriodUnits.Days).Days.ToString(CultureInfo.InvariantCulture)))
        {
            CellReference = Reference(column, row),
            StyleIndex = 1,
        },
        _ => throw new ArgumentException($"Cannot write a {value.GetType().Name} to a cell.", nameof(value)),
    };

    private static Cell Text(int column, uint row, string text, uint style)
        => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = Reference(column, row),
            DataType = CellValues.InlineString,
            StyleIndex = style == 0 ? null : style,
        };

    private static string Reference(int column, uint row) => ColumnName.Of(column) + row.ToString(CultureInfo.InvariantCulture);
}
