using System;
using System.Globalization;

namespace IntegrationConcept.Spreadsheets;

/// <summary>One problem an import found, with its place: file, sheet, row and column; the message in German or English.</summary>
public sealed record SpreadsheetProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="code">What kind of problem it is.</param>
    /// <param name="file">The file name.</param>
    /// <param name="sheet">The sheet, or <see langword="null"/> for a CSV file or the file as a whole.</param>
    /// <param name="row">The row number as the spreadsheet shows it (1 is the header row), or <see langword="null"/>.</param>
    /// <param name="column">The column letter (A, B, ...), or <see langword="null"/>.</param>
    /// <param name="columnHeader">The column's header, or <see langword="null"/>.</param>
    /// <param name="value">The offending value (shortened to 80 characters), or <see langword="null"/>.</param>
    /// <param name="detail">What was expected (allowed values, the limit, the model's message), or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is <see langword="null"/>.</exception>
    public SpreadsheetProblem(SpreadsheetProblemCode code, string file, string? sheet = null, int? row = null, string? column = null, string? columnHeader = null, string? value = null, string? detail = null)
    {
        Code = code;
        File = file ?? throw new ArgumentNullException(nameof(file));
        Sheet = sheet;
        Row = row;
        Column = column;
        ColumnHeader = columnHeader;
        Value = value is { Length: > 80 } ? string.Concat(value.AsSpan(0, 77), "...") : value;
        Detail = detail;
    }

    /// <summary>Gets what kind of problem it is.</summary>
    public SpreadsheetProblemCode Code { get; }

    /// <summary>Gets the file name.</summary>
    public string File { get; }

    /// <summary>Gets the sheet, or <see langword="null"/> for a CSV file or the file as a whole.</summary>
    public string? Sheet { get; }

    /// <summary>Gets the row number as the spreadsheet shows it (1 is the header row), or <see langword="null"/>.</summary>
    public int? Row { get; }

    /// <summary>Gets the column letter, or <see langword="null"/>.</summary>
    public string? Column { get; }

    /// <summary>Gets the column's header, or <see langword="null"/>.</summary>
    public string? ColumnHeader { get; }

    /// <summary>Gets the offending value, or <see langword="null"/>.</summary>
    public string? Value { get; }

    /// <summary>Gets what was expected, or <see langword="null"/>.</summary>
    public string? Detail { get; }

    /// <summary>Formats the problem with its place, in German for a German culture and in English otherwise.</summary>
    /// <param name="culture">The culture; <see langword="null"/> for German, the domain's working language.</param>
    /// <returns>One line, such as <c>Datei massnahmen.csv, Zeile 4, Spalte E (Beginn): „32.13.2014“ ist kein Datum (erwartet 31.12.2014 oder 2014-12-31).</c></returns>
    public string GetMessage(CultureInfo? culture = null)
        => ProblemTexts.Format(this, culture is null || culture.TwoLetterISOLanguageName == "de");

    /// <summary>Formats the problem in German.</summary>
    /// <returns>The German message with its place.</returns>
    public override string ToString() => GetMessage();
}
