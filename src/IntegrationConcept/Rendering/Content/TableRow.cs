using System;
using System.Collections.Generic;
using IntegrationConcept.Model;

namespace IntegrationConcept.Rendering.Content;

/// <summary>One row of a <see cref="TableBlock"/>; its first cell is the row's header.</summary>
public sealed class TableRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="cells">The cells, the row header first.</param>
    /// <param name="isTotal">Whether the row sums up the rows above it.</param>
    /// <exception cref="ArgumentException">A cell is <see langword="null"/>, or there is none.</exception>
    public TableRow(IEnumerable<TableCell>? cells, bool isTotal = false)
    {
        Cells = cells.ToValueList();
        if (Cells.Count == 0)
        {
            throw new ArgumentException("A table row needs at least one cell.", nameof(cells));
        }


        IsTotal = isTotal;
    }

    /// <summary>Gets the cells, the row header first.</summary>
    public ValueList<TableCell> Cells { get; }

    /// <summary>Gets whether the row sums up the rows above it.</summary>
    /// <value>Default: <see langword="false"/>.</value>
    public bool IsTotal { get; }
}
