using System.Collections.Generic;

namespace IntegrationConcept.Spreadsheets.Reading;

/// <summary>One cell as read: its text (numbers as the invariant text of the stored value), whether it was a number, whether it held a formula.</summary>
/// <param name="Text">The text, or the invariant number text; empty for an empty cell.</param>
/// <param name="Number">The stored number of a numeric cell (XLSX only), or <see langword="null"/>.</param>
/// <param name="Formula">The formula, or <see langword="null"/>.</param>
internal readonly record struct RawCell(string Text, double? Number, string? Formula)
{
    /// <summary>The empty cell; use it instead of <see langword="default"/>, whose text is null.</summary>
    public static readonly RawCell Empty = new(string.Empty, null, null);

    public bool IsEmpty => Text.Length == 0 && Formula is null;
}

/// <summary>One row as read: its number as the spreadsheet shows it and its cells by column index (0 = A).</summary>
internal sealed record RawRow(int Number, RawCell[] Cells)
{
    public RawCell this[int column] => column < Cells.Length ? Cells[column] : RawCell.Empty;

    public bool IsEmpty
    {
        get
        {
            foreach (var cell in Cells)
            {
                if (!cell.IsEmpty)
                {
                    return false;
                }
            }

            return true;
        }
    }
}

/// <summary>One sheet (or CSV file) as read, rows in order; the first non-empty row is the header.</summary>
internal sealed class RawSheet(string file, string? sheet, List<RawRow> rows)
{
    public string File { get; } = file;

    public string? Sheet { get; } = sheet;

    public List<RawRow> Rows { get; } = rows;
}
