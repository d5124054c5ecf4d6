using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using nietras.SeparatedValues;

namespace IntegrationConcept.Spreadsheets.Reading;

/// <summary>
/// Reads a CSV file with Sep: the file is copied into memory up to <see cref="SpreadsheetLimits.MaxFileBytes"/> first,
/// decoded as UTF-8 or Windows-1252 (<see cref="CsvText"/>), the separator is detected from the header row, quotes are unescaped, and reading stops after
/// <see cref="SpreadsheetLimits.MaxRows"/> data rows.
/// </summary>
internal static class CsvSheetReader
{
    public static RawSheet? Read(CsvFile file, SpreadsheetLimits limits, List<SpreadsheetProblem> problems)
    {
        using var copy = BoundedCopy.Copy(file.Content, limits.MaxFileBytes);
        if (copy is null)
        {
            problems.Add(new SpreadsheetProblem(SpreadsheetProblemCode.FileTooLarge, file.FileName, detail: limits.MaxFileBytes.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        var decoded = CsvText.Decode(copy.GetBuffer().AsSpan(0, (int)copy.Length), out var badOffset);
        if (decoded is null)
        {
            problems.Add(new SpreadsheetProblem(SpreadsheetProblemCode.UnreadableText, file.FileName, detail: badOffset.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        var rows = new List<RawRow>();
        using var text = new StringReader(decoded);
        using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true, DisableQuotesParsing = false }).From(text);
        var number = 0;
        foreach (var row in reader)
        {
            number++;
            if (number > limits.MaxRows + 1)
            {
                problems.Add(new SpreadsheetProblem(SpreadsheetProblemCode.TooManyRows, file.FileName, row: number, detail: limits.MaxRows.ToString(CultureInfo.InvariantCulture)));
                return null;
            }

            if (row.ColCount > limits.MaxColumns)
            {
                problems.Add(new SpreadsheetProblem(SpreadsheetProblemCode.TooManyRows, file.FileName, row: number, column: ColumnName.Of(limits.MaxColumns), detail: limits.MaxColumns.ToString(CultureInfo.InvariantCulture)));
                return null;
            }

            var cells = new RawCell[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = new RawCell(row[i].ToString().Trim(), null, null);
            }

            rows.Add(new RawRow(number, cells));
        }

        return new RawSheet(file.FileName, null, rows);
    }
}
