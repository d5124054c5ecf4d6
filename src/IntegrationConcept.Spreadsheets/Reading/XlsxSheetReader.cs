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
            // The Open XML SDK's cap (MaxCharactersInPart) surfaces as the XmlReader's own limit, "MaxCharactersInDocument".
            var code = e.Message.Contains("MaxCharactersInPart", StringComparison.Ordinal) || e.Message.Contains("MaxCharactersInDocument", StringComparison.Ordinal)
                || e.Message.Contains("maximum", StringComparison.OrdinalIgnoreCase)
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
                var (reference, value) = ReadCell(reader, shared);
                var column = ColumnName.IndexOf(reference);
                column = column < 0 ? cells.Count : column;
                if (column >= limits.MaxColumns)
                {
                    problems.Add(new SpreadsheetProblem(SpreadsheetProblemCode.TooManyRows, file, name, rowNumber, ColumnName.Of(column), detail: limits.MaxColumns.ToString(CultureInfo.InvariantCulture)));
                    truncated = true;
                    break;
                }

                while (cells.Count < column)
                {
                    cells.Add(RawCell.Empty);
                }

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

    // Reads one cell with the SAX reader alone, without loading it as an element (which costs a DOM per cell):
    // its reference and type from the attributes, then its value, formula or inline text until the cell ends.
    private static (string? Reference, RawCell Value) ReadCell(OpenXmlReader reader, List<string> shared)
    {
        string? reference = null;
        string? type = null;
        foreach (var attribute in reader.Attributes)
        {
            if (attribute.LocalName == "r")
            {
                reference = attribute.Value;
            }
            else if (attribute.LocalName == "t")
            {
                type = attribute.Value;
            }
        }

        string? raw = null;
        string? formula = null;
        System.Text.StringBuilder? inline = null;
        var depth = 1;
        while (depth > 0 && reader.Read())
        {
            if (reader.IsEndElement)
            {
                depth--;
                continue;
            }

            depth++;
            if (reader.ElementType == typeof(CellValue))
            {
                raw = reader.GetText();
            }
            else if (reader.ElementType == typeof(CellFormula))
            {
                formula = "=" + reader.GetText();
            }
            else if (reader.ElementType == typeof(Text))
            {
                (inline ??= new System.Text.StringBuilder()).Append(reader.GetText());
            }
        }

        return (reference, Value(type, raw ?? string.Empty, inline?.ToString(), formula is "=" ? null : formula, shared));
    }

    private static RawCell Value(string? type, string raw, string? inline, string? formula, List<string> shared)
    {
        if (type == "s")
        {
            var text = int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Count ? shared[index] : string.Empty;
            return new RawCell(text.Trim(), null, formula);
        }

        if (type == "inlineStr")
        {
            return new RawCell((inline ?? string.Empty).Trim(), null, formula);
        }

        if ((type is null || type == "n") && raw.Length > 0
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return new RawCell(raw, number, formula);
        }

        return new RawCell(raw.Trim(), null, formula);
    }
}
