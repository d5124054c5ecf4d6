using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace IntegrationConcept.Spreadsheets;

/// <summary>
/// Which sheet holds which kind of element and which header each column has, and how numbers written as text are
/// read. The default is German (sheets "Ziele", "Maßnahmen", "Indikatoren", "Messwerte", "Akteure"; headers "Maßnahme",
/// "Träger", "Beginn", "Ende", "Zielwert", ...); a mapping document (JSON, schema
/// <c>schemas/spreadsheets/spreadsheet-mapping.v1.schema.json</c>) overrides any of them.
/// </summary>
/// <example>
/// A mapping document that renames one sheet and one column and reads numbers as 1234.5:
/// <code>
/// { "formatVersion": 1, "numberFormat": "invariant",
///   "sheets": { "measures": { "sheet": "Measures", "columns": { "carrier": "Lead organisation" } } } }
/// </code>
/// </example>
public sealed class SpreadsheetMapping
{
    private readonly Dictionary<SheetKind, SheetMapping> _sheets;

    private SpreadsheetMapping(SpreadsheetNumberFormat numberFormat, Dictionary<SheetKind, SheetMapping> sheets)
    {
        NumberFormat = numberFormat;
        _sheets = sheets;
    }

    /// <summary>Gets the German default mapping.</summary>
    public static SpreadsheetMapping Default { get; } = new(SpreadsheetNumberFormat.German, MappingFields.Kinds.ToDictionary(
        k => k,
        k => new SheetMapping(k, MappingFields.DefaultSheetName(k), MappingFields.Of(k).ToDictionary(f => f.Key, f => f.DefaultHeader, StringComparer.Ordinal))));

    /// <summary>Gets how numbers written as text are read.</summary>
    /// <value>Default: <see cref="SpreadsheetNumberFormat.German"/>.</value>
    public SpreadsheetNumberFormat NumberFormat { get; }

    /// <summary>Gets the mapping of one kind of sheet.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The sheet's name and column headers.</returns>
    public SheetMapping this[SheetKind kind] => _sheets[kind];

    /// <summary>Reads a mapping document; what it leaves out keeps the German default.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The document is not valid; the message names the JSON path.</exception>
    public static SpreadsheetMapping FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 8 });
            return MappingDocument.Read(document.RootElement, Default);
        }
        catch (JsonException e)
        {
            throw new FormatException($"The mapping document is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>Writes the mapping as a complete mapping document.</summary>
    /// <returns>The JSON document, indented.</returns>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", MappingDocument.SchemaUri);
            writer.WriteNumber("formatVersion", 1);
            writer.WriteString("numberFormat", NumberFormat == SpreadsheetNumberFormat.German ? "german" : "invariant");
            writer.WriteStartObject("sheets");
            foreach (var kind in MappingFields.Kinds)
            {
                var sheet = _sheets[kind];
                writer.WriteStartObject(MappingFields.Key(kind));
                writer.WriteString("sheet", sheet.Name);
                writer.WriteStartObject("columns");
                foreach (var field in MappingFields.Of(kind))
                {
                    writer.WriteString(field.Key, sheet.Columns[field.Key]);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    internal static SpreadsheetMapping Create(SpreadsheetNumberFormat numberFormat, Dictionary<SheetKind, SheetMapping> sheets) => new(numberFormat, sheets);
}
