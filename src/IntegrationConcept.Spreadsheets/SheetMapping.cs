using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace IntegrationConcept.Spreadsheets;

/// <summary>Where one kind of element is in a workbook (the sheet's name) and which header each of its columns has.</summary>
public sealed class SheetMapping
{
    internal SheetMapping(SheetKind kind, string name, IReadOnlyDictionary<string, string> columns)
    {
        Kind = kind;
        Name = name;
        Columns = columns.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets the kind of element the sheet holds.</summary>
    public SheetKind Kind { get; }

    /// <summary>Gets the sheet's name in a workbook, such as "Maßnahmen".</summary>
    public string Name { get; }

    /// <summary>Gets the header of each column by its key in the mapping document, such as "start" → "Beginn".</summary>
    public IReadOnlyDictionary<string, string> Columns { get; }

    /// <summary>Gets the header of a column.</summary>
    /// <param name="key">The column's key in the mapping document, such as "start".</param>
    /// <returns>The header, such as "Beginn".</returns>
    /// <exception cref="ArgumentException">The sheet has no column with that key.</exception>
    public string Header(string key)
        => Columns.TryGetValue(key, out var header) ? header : throw new ArgumentException($"The sheet '{Name}' has no column '{key}'.", nameof(key));
}
