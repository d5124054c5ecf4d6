using System;
using System.Collections.Generic;
using System.Globalization;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;

namespace IntegrationConcept.Rendering.Content;

/// <summary>A table with a caption, column headers and rows whose first cell is the row header.</summary>
public sealed class TableBlock : ContentBlock
{
    /// <summary>Creates a table.</summary>
    /// <param name="caption">What the table shows.</param>
    /// <param name="header">The column headers.</param>
    /// <param name="rows">The rows; each has as many cells as there are column headers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="caption"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">There is no column header, a header or row is <see langword="null"/>, or a row has another number of cells than there are headers.</exception>
    public TableBlock(string caption, IEnumerable<string>? header, IEnumerable<TableRow>? rows)
    {
        Caption = Guard.NotNull(caption);
        Header = header.ToValueList();
        Rows = rows.ToValueList();
        if (Header.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column header.", nameof(header));
        }

        for (var r = 0; r < Rows.Count; r++)
        {
            if (Rows[r].Cells.Count != Header.Count)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Row {r} of table '{caption}' has {Rows[r].Cells.Count} cells, but the table has {Header.Count} columns."),
                    nameof(rows));
            }
        }
    }

    /// <summary>Gets what the table shows.</summary>
    public string Caption { get; }

    /// <summary>Gets the column headers.</summary>
    public ValueList<string> Header { get; }

    /// <summary>Gets the rows.</summary>
    public ValueList<TableRow> Rows { get; }
}
