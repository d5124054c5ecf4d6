using System;
using System.Collections.Generic;
using System.Linq;
using IntegrationConcept.Spreadsheets.Reading;
using NodaTime;

namespace IntegrationConcept.Spreadsheets.Import;

/// <summary>
/// A read sheet seen through its mapping: the header row located, columns found by header, and typed access to cells
/// that records a problem with file, sheet, row and column instead of throwing.
/// </summary>
internal sealed class SheetView
{
    private readonly RawSheet _sheet;
    private readonly SheetMapping _mapping;
    private readonly SpreadsheetNumberFormat _numbers;
    private readonly List<SpreadsheetProblem> _problems;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);

    public SheetView(RawSheet sheet, SheetMapping mapping, SpreadsheetNumberFormat numbers, List<SpreadsheetProblem> problems)
    {
        _sheet = sheet;
        _mapping = mapping;
        _numbers = numbers;
        _problems = problems;
        var header = sheet.Rows.FirstOrDefault(r => !r.IsEmpty);
        if (header is null)
        {
            problems.Add(new SpreadsheetProblem(SpreadsheetProblemCode.EmptySheet, sheet.File, sheet.Sheet));
            DataRows = [];
            return;
        }

        foreach (var field in MappingFields.Of(mapping.Kind))
        {
            var wanted = mapping.Columns[field.Key];
            var index = Array.FindIndex(header.Cells, c => string.Equals(c.Text, wanted, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                _columns[field.Key] = index;
            }
            else if (field.Required)
            {
                problems.Add(new SpreadsheetProblem(SpreadsheetProblemCode.MissingColumn, sheet.File, sheet.Sheet, header.Number, detail: wanted));
            }
        }

        DataRows = sheet.Rows.Where(r => r.Number > header.Number && !r.IsEmpty).ToList();
    }

    public IReadOnlyList<RawRow> DataRows { get; }

    public string File => _sheet.File;

    public string? Sheet => _sheet.Sheet;

    public bool Has(string key) => _columns.ContainsKey(key);

    public void Problem(RawRow row, string? key, SpreadsheetProblemCode code, string? value = null, string? detail = null)
    {
        var column = key is not null && _columns.TryGetValue(key, out var index) ? ColumnName.Of(index) : null;
        _problems.Add(new SpreadsheetProblem(code, _sheet.File, _sheet.Sheet, row.Number, column, key is null ? null : _mapping.Columns[key], value, detail));
    }

    /// <summary>The trimmed text of a cell, or <see langword="null"/> when it is empty or its column is absent.</summary>
    public string? Text(RawRow row, string key)
    {
        if (!_columns.TryGetValue(key, out var index))
        {
            return null;
        }

        var cell = row[index];
        if (cell.Formula is not null)
        {
            Problem(row, key, SpreadsheetProblemCode.Formula, cell.Formula);
            return null;
        }

        return cell.Text.Length == 0 ? null : cell.Text;
    }

    public string? Required(RawRow row, string key)
    {
        var text = Text(row, key);
        if (text is null && _columns.TryGetValue(key, out var index) && row[index].Formula is null)
        {
            Problem(row, key, SpreadsheetProblemCode.MissingValue);
        }

        return text;
    }

    public decimal? Number(RawRow row, string key)
    {
        var text = Text(row, key);
        if (text is null)
        {
            return null;
        }

        if (CellParser.TryNumber(text, row[_columns[key]].Number, _numbers, out var value))
        {
            return value;
        }

        Problem(row, key, SpreadsheetProblemCode.InvalidNumber, text, CellParser.Expected(_numbers));
        return null;
    }

    public LocalDate? Date(RawRow row, string key)
    {
        var text = Text(row, key);
        if (text is null)
        {
            return null;
        }

        if (CellParser.TryDate(text, row[_columns[key]].Number, out var date))
        {
            return date;
        }

        Problem(row, key, SpreadsheetProblemCode.InvalidDate, text);
        return null;
    }

    public T? Choice<T>(RawRow row, string key, (string Label, T Value)[] choices, bool required)
        where T : struct
    {
        var text = required ? Required(row, key) : Text(row, key);
        if (text is null)
        {
            return null;
        }

        if (Choices.TryParse(choices, text, out var value))
        {
            return value;
        }

        Problem(row, key, SpreadsheetProblemCode.InvalidChoice, text, Choices.Allowed(choices));
        return null;
    }

    /// <summary>The entries of a list cell, separated by ';' (and ',' when <paramref name="commaSeparates"/>).</summary>
    public List<string> List(RawRow row, string key, bool commaSeparates)
    {
        var text = Text(row, key);
        if (text is null)
        {
            return [];
        }

        char[] separators = commaSeparates ? [';', ',', '\n'] : [';', '\n'];
        return text.Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
    }
}
