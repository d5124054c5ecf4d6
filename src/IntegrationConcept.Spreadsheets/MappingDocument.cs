using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace IntegrationConcept.Spreadsheets;

/// <summary>Reads the JSON mapping document strictly: unknown members and wrong types are errors naming their JSON path.</summary>
internal static class MappingDocument
{
    public const string SchemaUri = "https://raw.githubusercontent.com/integrationconcept/integrationconcept/main/schemas/spreadsheets/spreadsheet-mapping.v1.schema.json";

    public static SpreadsheetMapping Read(JsonElement root, SpreadsheetMapping defaults)
    {
        Expect(root, JsonValueKind.Object, "$");
        var numberFormat = defaults.NumberFormat;
        var sheets = MappingFields.Kinds.ToDictionary(k => k, k => defaults[k]);
        var versionSeen = false;
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "$schema":
                    Expect(property.Value, JsonValueKind.String, "$.$schema");
                    break;
                case "formatVersion":
                    if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetInt32(out var version) || version != 1)
                    {
                        throw new FormatException("$.formatVersion: only format version 1 is known.");
                    }

                    versionSeen = true;
                    break;
                case "numberFormat":
                    numberFormat = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() switch
                    {
                        "german" => SpreadsheetNumberFormat.German,
                        "invariant" => SpreadsheetNumberFormat.Invariant,
                        var other => throw new FormatException($"$.numberFormat: '{other}' is neither 'german' nor 'invariant'."),
                    }
                    : throw new FormatException("$.numberFormat: expected a string.");
                    break;
                case "sheets":
                    ReadSheets(property.Value, sheets);
                    break;
                default:
                    throw new FormatException($"$.{property.Name}: unknown member.");
            }
        }

        if (!versionSeen)
        {
            throw new FormatException("$.formatVersion: required (1).");
        }

        return SpreadsheetMapping.Create(numberFormat, sheets);
    }

    private static void ReadSheets(JsonElement element, Dictionary<SheetKind, SheetMapping> sheets)
    {
        Expect(element, JsonValueKind.Object, "$.sheets");
        foreach (var property in element.EnumerateObject())
        {
            var path = "$.sheets." + property.Name;
            var kind = MappingFields.Kinds.FirstOrDefault(k => MappingFields.Key(k) == property.Name, (SheetKind)(-1));
            if ((int)kind < 0)
            {
                throw new FormatException($"{path}: unknown sheet kind (known: {string.Join(", ", MappingFields.Kinds.Select(MappingFields.Key))}).");
            }

            Expect(property.Value, JsonValueKind.Object, path);
            var name = sheets[kind].Name;
            var columns = new Dictionary<string, string>(sheets[kind].Columns, StringComparer.Ordinal);
            foreach (var member in property.Value.EnumerateObject())
            {
                if (member.Name == "sheet")
                {
                    name = NonBlank(member.Value, path + ".sheet");
                }
                else if (member.Name == "columns")
                {
                    Expect(member.Value, JsonValueKind.Object, path + ".columns");
                    foreach (var column in member.Value.EnumerateObject())
                    {
                        if (!columns.ContainsKey(column.Name))
                        {
                            throw new FormatException($"{path}.columns.{column.Name}: unknown column (known: {string.Join(", ", MappingFields.Of(kind).Select(f => f.Key))}).");
                        }

                        columns[column.Name] = NonBlank(column.Value, $"{path}.columns.{column.Name}");
                    }
                }
                else
                {
                    throw new FormatException($"{path}.{member.Name}: unknown member.");
                }
            }

            var duplicate = columns.GroupBy(c => c.Value, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new FormatException($"{path}.columns: the header '{duplicate.Key}' is used for {string.Join(" and ", duplicate.Select(d => d.Key))}.");
            }

            sheets[kind] = new SheetMapping(kind, name, columns);
        }
    }

    private static string NonBlank(JsonElement element, string path)
    {
        Expect(element, JsonValueKind.String, path);
        var value = element.GetString();
        return string.IsNullOrWhiteSpace(value) ? throw new FormatException($"{path}: must not be blank.") : value.Trim();
    }

    private static void Expect(JsonElement element, JsonValueKind kind, string path)
    {
        if (element.ValueKind != kind)
        {
            throw new FormatException($"{path}: expected {kind.ToString().ToLowerInvariant()}, found {element.ValueKind.ToString().ToLowerInvariant()}.");
        }
    }
}
