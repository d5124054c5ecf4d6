using System;
using System.Collections.Generic;
using System.Text;
using IntegrationConcept.Spreadsheets;

namespace IntegrationConcept.Cli.Import;

/// <summary>
/// The files <c>ikon import</c> is given: one XLSX workbook, or CSV files, each as <c>KIND=FILE</c> or as a file whose
/// name contains the name of its sheet (such as <c>ehrang-quint-massnahmen.csv</c> for the sheet "Maßnahmen").
/// </summary>
internal sealed record SpreadsheetInput(string Path, SheetKind? Kind)
{
    public bool IsWorkbook => Path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses the FILE arguments: a workbook alone, or CSV files each of a kind of the document.</summary>
    public static List<SpreadsheetInput> Parse(IReadOnlyList<string> arguments, IReadOnlyList<SheetKind> kinds, SpreadsheetMapping mapping)
    {
        var inputs = new List<SpreadsheetInput>(arguments.Count);
        foreach (var argument in arguments)
        {
            var equals = argument.IndexOf('=', StringComparison.Ordinal);
            var named = equals > 0 ? Named(argument[..equals], kinds, mapping) : null;
            var path = named is null ? argument : argument[(equals + 1)..];
            var input = new SpreadsheetInput(path, named);
            if (input.IsWorkbook)
            {
                if (arguments.Count > 1 || named is not null)
                {
                    throw ToolException.Usage($"An XLSX workbook is imported alone and holds every sheet; '{argument}' cannot be combined with other files.");
                }

                return [input];
            }

            var kind = named ?? FromFileName(path, kinds, mapping)
                ?? throw ToolException.Usage($"Cannot tell which sheet '{path}' holds; name it, such as {Key(kinds[0])}={path} (kinds: {string.Join(", ", Keys(kinds))}).");
            if (inputs.Exists(i => i.Kind == kind))
            {
                throw ToolException.Usage($"Two files hold {Key(kind)}; give one file per kind.");
            }

            inputs.Add(input with { Kind = kind });
        }

        return inputs;
    }

    private static SheetKind? Named(string name, IReadOnlyList<SheetKind> kinds, SpreadsheetMapping mapping)
    {
        foreach (var kind in kinds)
        {
            if (string.Equals(Key(kind), name, StringComparison.OrdinalIgnoreCase) || string.Equals(mapping[kind].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        throw ToolException.Usage($"'{name}' is no kind of sheet here; use one of: {string.Join(", ", Keys(kinds))}.");
    }

    // "ehrang-quint-massnahmen.csv" holds the sheet "Maßnahmen": the file name contains the sheet's name, spelled without umlauts.
    private static SheetKind? FromFileName(string path, IReadOnlyList<SheetKind> kinds, SpreadsheetMapping mapping)
    {
        var name = Plain(System.IO.Path.GetFileNameWithoutExtension(path));
        SheetKind? found = null;
        foreach (var kind in kinds)
        {
            if (name.Contains(Plain(mapping[kind].Name), StringComparison.Ordinal) || name.Contains(Key(kind).ToLowerInvariant(), StringComparison.Ordinal))
            {
                if (found is not null)
                {
                    return null;
                }

                found = kind;
            }
        }

        return found;
    }

    private static string Plain(string text)
    {
        var plain = new StringBuilder(text.Length + 4);
        foreach (var c in text.ToLowerInvariant())
        {
            plain.Append(c switch { 'ä' => "ae", 'ö' => "oe", 'ü' => "ue", 'ß' => "ss", _ => c.ToString() });
        }

        return plain.ToString();
    }

    public static string Key(SheetKind kind) => kind switch
    {
        SheetKind.Goals => "goals",
        SheetKind.Measures => "measures",
        SheetKind.Indicators => "indicators",
        SheetKind.Measurements => "measurements",
        SheetKind.Actors => "actors",
        SheetKind.ActionFields => "actionFields",
        SheetKind.CityGoals => "cityGoals",
        _ => "principles",
    };

    private static IEnumerable<string> Keys(IReadOnlyList<SheetKind> kinds)
    {
        foreach (var kind in kinds)
        {
            yield return Key(kind);
        }
    }
}
