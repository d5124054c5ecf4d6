using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IntegrationConcept.Spreadsheets.Reading;

/// <summary>
/// Reads the sheets of an XLSX workbook with the Open XML SDK's SAX reader (<see cref="OpenXmlReader"/>): one cell at a
/// time, never a whole sheet as a DOM; each part bounded by <see cref="OpenSettings.MaxCharactersInPart"/>; rows beyond
/// <see cref="SpreadsheetLimits.MaxRows"/> stop the sheet. Merged ranges and formulas are read so that they can be refused.
/// </summary>
internal static class XlsxSheetReader
{
    public static Dictionary<string, XlsxSheet>? Read(Stream workbook, string file, IReadOnlyCollection<string> wanted, SpreadsheetLimits limits, List<SpreadsheetProblem> problems)
    {
        using var copy = BoundedCopy.Copy(workbook, limits.MaxFileBytes);
        if (copy is null)
        {
            problems.Add(new SpreadsheetProblem(SpreadsheetProblemCode.FileTooLarge, file, detail: limits.MaxFileBytes.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        if (!ZipGuard.Check(copy, file, limits, problems))
        {
            return null;
        }

        try
        {
            var settings = new OpenSettings { MaxCharactersInPart = limits.MaxPartBytes, AutoSave = false };
            using var document = SpreadsheetDocument.Open(copy, false, settings);
            var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("the workbook part is missing");
            var shared = ReadSharedStrings(workbookPart.SharedStringTablePart);
            var result = new Dictionary<string, XlsxSheet>(StringComparer.OrdinalIgnoreCase);
            var sheets = workbookPart.Workbook.Sheets?.Elements<Sheet>() ?? Enumerable.Empty<Sheet>();
            foreach (var sheet in sheets)
            {
                var name = sheet.Name?.Value ?? string.Empty;
                if (!wanted.Contains(name, StringComparer.OrdinalIgnoreCase) || sheet.Id?.Value is not { } id
                    || workbookPart.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                result[name] = ReadSheet(part, file, name, shared, limits, problems);
            }

            return result;
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or InvalidOperationException or System.Xml.XmlException or FormatException or ArgumentException)
        {
            var code = e.Message.Contains("MaxCharactersInPart", StringComparison.Ordinal) || e.Message.Contains("maximum", StringComparison.OrdinalIgnoreCase)
                ? SpreadsheetProblemCode.PartTooLarge
                : SpreadsheetProblemCode.UnreadableFile;
            problems.Add(new SpreadsheetProblem(code, file, value: code == SpreadsheetProblemCode.PartTooLarge ? "xl/worksheets" : null, detail: e.Message));
            return null;
        }
    }

    private static List<string> ReadSharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(((SharedStringItem)reader.LoadCurrentElement()!).InnerText);
            }
        }

        return strings;
    }

    private static XlsxSheet ReadSheet(WorksheetPart part, string file, string name, List<string> shared, SpreadsheetLimits limits, List<SpreadsheetProblem> problems)
    {
        var rows = new List<RawRow>();
        var merged = new List<string>();
        var cells = new List<RawCell>();
        var rowNumber = 0;
        var truncated = false;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(Row))
            {
                if (reader.IsStartElement)
                {
                    var declared = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value;
                    rowNumber = int.TryParse(declared, NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : rowNumber + 1;
                    cells.Clear();
                    if (rows.Count > limits.MaxRows)
                    {
                        problems.Add(new SpreadsheetProblem(SpreadsheetProblemCode.TooManyRows, file, name, rowNumber, detail: limits.MaxRows.ToString(CultureInfo.InvariantCulture)));
                        truncated = true;
                        break;
                    }
                }
                else
                {
                    rows.Add(new RawRow(rowNumber, cells.ToArray()));
                }
            }
            else if (reader.ElementType == typeof(Cell) && reader.IsStartElement)
            {
                var cell = (Cell)reader.LoadCurrentElement()!;
                var column = ColumnName.IndexOf(cell.CellReference?.Value);
                column = column < 0 ? cells.Count : column;
                if (column >= limits.MaxColumns)
                {
                    problems.Add(new SpreadsheetProblem(SpreadsheetProblemCode.TooManyRows, file, name, rowNumber, ColumnName.Of(column), detail: limits.MaxColumns.ToString(CultureInfo.InvariantCulture)));
                    truncated = true;
                    break;
                }

                while (cells.Count < column)
                {
                    cells.Add(new RawCell(string.Empty, null, null));
                }

                var value = Value(cell, shared);
                if (column < cells.Count)
                {
                    cells[column] = value;
                }
                else
                {
                    cells.Add(value);
                }
            }
            else if (reader.ElementType == typeof(MergeCell) && reader.IsStartElement)
            {
                merged.Add(((MergeCell)reader.LoadCurrentElement()!).Reference?.Value ?? "?");
            }
        }

        return new XlsxSheet(new RawSheet(file, name, rows), merged, truncated);
    }

    private static RawCell Value(Cell cell, List<string> shared)
    {
        var formula = cell.CellFormula?.Text is { Length: > 0 } f ? "=" + f : null;
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            var text = int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Count ? shared[index] : string.Empty;
            return new RawCell(text.Trim(), null, formula);
        }

        if (type == CellValues.InlineString)
        {
            return new RawCell((cell.InlineString?.InnerText ?? string.Empty).Trim(), null, formula);
        }

        if ((type is null || type == CellValues.Number) && raw.Length > 0
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new RawCell(raw, number, formula);
        }

        return new RawCell(raw.Trim(), null, formula);
    }
}
