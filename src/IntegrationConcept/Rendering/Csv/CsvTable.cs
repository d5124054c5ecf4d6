using System;
using System.Globalization;
using System.Text;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Rendering.Csv;

/// <summary>
/// Writes one CSV table (RFC 4180: fields with the separator, a quote or a line break in quotes, quotes doubled,
/// CRLF after every row) with the separator of the culture's spreadsheets: ';' for German, where the comma is the
/// decimal separator and Excel splits on ';', and ',' for English.
/// </summary>
/// <remarks>
/// A text from a document that starts with '=', '+', '-', '@', a tab or a carriage return gets a leading
/// apostrophe, so that a spreadsheet shows it as text and never runs it as a formula (CSV injection).
/// </remarks>
internal sealed class CsvTable(CultureInfo culture)
{
    private readonly StringBuilder _text = new();
    private readonly char _separator = LanguageTable.For(culture).Conventions.CsvSeparator;
    private readonly char[] _special = [LanguageTable.For(culture).Conventions.CsvSeparator, '"', '\n', '\r'];

    public CsvTable Row(params string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                _text.Append(_separator);
            }

            Append(cells[i] ?? string.Empty);
        }

        _text.Append("\r\n");
        return this;
    }

    public override string ToString() => _text.ToString();

    private void Append(string cell)
    {
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            cell = "'" + cell;
        }

        if (cell.IndexOfAny(_special) < 0)
        {
            _text.Append(cell);
            return;
        }

        _text.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
