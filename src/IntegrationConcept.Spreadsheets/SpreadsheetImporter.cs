using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IntegrationConcept.Model;
using IntegrationConcept.Spreadsheets.Import;
using IntegrationConcept.Spreadsheets.Reading;

namespace IntegrationConcept.Spreadsheets;

/// <summary>
/// Imports a district plan from an XLSX workbook or from CSV files (goals, measures, indicators with measurements, and
/// actors), or a city concept (action fields, goals, principles): one sheet (or file) per kind, columns found by the
/// headers of a <see cref="SpreadsheetMapping"/>. An import returns either the validated document or every problem with
/// file, sheet, row and column — never part of one.
/// </summary>
/// <remarks>
/// Hostile files end in a problem, not in an exhausted machine: files, workbook parts, compression ratios, rows and
/// columns are bounded by <see cref="SpreadsheetLimits"/>; merged cells and formulas are refused (their values are
/// ambiguous or may be stale). A measure list without an actor sheet creates its actors from the names in the
/// carrier and partner columns.
/// <code>
/// using var file = File.OpenRead("massnahmen.xlsx");
/// var result = new SpreadsheetImporter().ImportXlsx(file, "massnahmen.xlsx", "Stadtteilkonzept Ehrang/Quint",
///     new District("Ehrang/Quint"), new ConceptReference("Trier", "Beschluss 2011"));
/// if (!result.Succeeded)
/// {
///     foreach (var problem in result.Problems) Console.WriteLine(problem.GetMessage());
/// }
/// </code>
/// </remarks>
public sealed class SpreadsheetImporter
{
    /// <summary>Creates an importer.</summary>
    /// <param name="mapping">The sheet and column names; <see langword="null"/> for <see cref="SpreadsheetMapping.Default"/> (German).</param>
    /// <param name="limits">The bounds on what is read; <see langword="null"/> for <see cref="SpreadsheetLimits.Default"/>.</param>
    public SpreadsheetImporter(SpreadsheetMapping? mapping = null, SpreadsheetLimits? limits = null)
    {
        Mapping = mapping ?? SpreadsheetMapping.Default;
        Limits = limits ?? SpreadsheetLimits.Default;
    }

    /// <summary>Gets the sheet and column names.</summary>
    public SpreadsheetMapping Mapping { get; }

    /// <summary>Gets the bounds on what is read.</summary>
    public SpreadsheetLimits Limits { get; }

    /// <summary>Imports a district plan from an XLSX workbook.</summary>
    /// <param name="workbook">The workbook; read up to <see cref="SpreadsheetLimits.MaxFileBytes"/>, not closed.</param>
    /// <param name="fileName">The file name used in problem messages.</param>
    /// <param name="title">The plan's title.</param>
    /// <param name="district">The district.</param>
    /// <param name="concept">The city concept and version the plan takes up.</param>
    /// <returns>The plan, or every problem found.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public SpreadsheetImportResult<DistrictPlan> ImportXlsx(Stream workbook, string fileName, string title, District district, ConceptReference concept)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(fileName);
        CheckFrame(title, district, concept);
        var problems = new List<SpreadsheetProblem>();
        return Finish(ReadXlsx(workbook, fileName, MappingFields.PlanKinds, problems), title, district, concept, problems);
    }

    /// <summary>Imports a district plan from CSV files, one per kind of element (a measure list alone is enough).</summary>
    /// <param name="files">The files; each read up to <see cref="SpreadsheetLimits.MaxFileBytes"/>, not closed.</param>
    /// <param name="title">The plan's title.</param>
    /// <param name="district">The district.</param>
    /// <param name="concept">The city concept and version the plan takes up.</param>
    /// <returns>The plan, or every problem found.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two files are given for the same kind of element, or a file holds a kind of a city concept (action fields, city goals, principles).</exception>
    public SpreadsheetImportResult<DistrictPlan> ImportCsv(IEnumerable<CsvFile> files, string title, District district, ConceptReference concept)
    {
        ArgumentNullException.ThrowIfNull(files);
        CheckFrame(title, district, concept);
        var problems = new List<SpreadsheetProblem>();
        return Finish(ReadCsv(files, MappingFields.PlanKinds, "district plan", problems), title, district, concept, problems);
    }

    /// <summary>Imports a city concept from an XLSX workbook: the sheets of action fields, goals and principles.</summary>
    /// <param name="workbook">The workbook; read up to <see cref="SpreadsheetLimits.MaxFileBytes"/>, not closed.</param>
    /// <param name="fileName">The file name used in problem messages.</param>
    /// <param name="title">The concept's title.</param>
    /// <param name="municipality">The municipality.</param>
    /// <param name="version">The version of the concept (label, status, adoption).</param>
    /// <returns>The concept, or every problem found (nothing is half-imported).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public SpreadsheetImportResult<CityConcept> ImportConceptXlsx(Stream workbook, string fileName, string title, Municipality municipality, ConceptVersion version)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(fileName);
        CheckConceptFrame(title, municipality, version);
        var problems = new List<SpreadsheetProblem>();
        return FinishConcept(ReadXlsx(workbook, fileName, MappingFields.ConceptKinds, problems), title, municipality, version, problems);
    }

    /// <summary>Imports a city concept from CSV files, one per kind (<see cref="SheetKind.ActionFields"/>, <see cref="SheetKind.CityGoals"/>, <see cref="SheetKind.Principles"/>).</summary>
    /// <param name="files">The files; each read up to <see cref="SpreadsheetLimits.MaxFileBytes"/>, not closed.</param>
    /// <param name="title">The concept's title.</param>
    /// <param name="municipality">The municipality.</param>
    /// <param name="version">The version of the concept (label, status, adoption).</param>
    /// <returns>The concept, or every problem found (nothing is half-imported).</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Two files are given for the same kind of element, or a file holds a kind of a district plan.</exception>
    public SpreadsheetImportResult<CityConcept> ImportConceptCsv(IEnumerable<CsvFile> files, string title, Municipality municipality, ConceptVersion version)
    {
        ArgumentNullException.ThrowIfNull(files);
        CheckConceptFrame(title, municipality, version);
        var problems = new List<SpreadsheetProblem>();
        return FinishConcept(ReadCsv(files, MappingFields.ConceptKinds, "city concept", problems), title, municipality, version, problems);
    }

    private Dictionary<SheetKind, RawSheet> ReadXlsx(Stream workbook, string fileName, IReadOnlyList<SheetKind> kinds, List<SpreadsheetProblem> problems)
    {
        var names = kinds.ToDictionary(k => Mapping[k].Name, k => k, StringComparer.OrdinalIgnoreCase);
        var read = XlsxSheetReader.Read(workbook, fileName, names.Keys, Limits, problems);
        var sheets = new Dictionary<SheetKind, RawSheet>();
        if (read is not null)
        {
            foreach (var (name, sheet) in read)
            {
                foreach (var range in sheet.MergedRanges)
                {
                    problems.Add(new SpreadsheetProblem(SpreadsheetProblemCode.MergedCells, fileName, name, RowOf(range), value: range));
                }

                // A sheet cut off at a limit is not read further: its rows would be only part of the truth.
                if (!sheet.Truncated)
                {
                    sheets[names[name]] = sheet.Sheet;
                }
            }

            if (read.Count == 0)
            {
                problems.Add(new SpreadsheetProblem(SpreadsheetProblemCode.NoKnownSheet, fileName, detail: string.Join(", ", names.Keys)));
            }
        }

        return sheets;
    }

    private Dictionary<SheetKind, RawSheet> ReadCsv(IEnumerable<CsvFile> files, IReadOnlyList<SheetKind> kinds, string document, List<SpreadsheetProblem> problems)
    {
        var sheets = new Dictionary<SheetKind, RawSheet>();
        var seen = new HashSet<SheetKind>();
        foreach (var file in files)
        {
            ArgumentNullException.ThrowIfNull(file, nameof(files));
            if (!kinds.Contains(file.Kind))
            {
                throw new ArgumentException($"The CSV file '{file.FileName}' holds {file.Kind}, which is not part of a {document}; a {document} is read from: {string.Join(", ", kinds)}.", nameof(files));
            }

            if (!seen.Add(file.Kind))
            {
                throw new ArgumentException($"Two CSV files hold {file.Kind}; give one file per kind.", nameof(files));
            }

            if (CsvSheetReader.Read(file, Limits, problems) is { } sheet)
            {
                sheets[file.Kind] = sheet;
            }
        }

        return sheets;
    }

    private SpreadsheetImportResult<DistrictPlan> Finish(Dictionary<SheetKind, RawSheet> sheets, string title, District district, ConceptReference concept, List<SpreadsheetProblem> problems)
    {
        var plan = PlanAssembler.Assemble(sheets, Mapping, title, district, concept, problems);
        return new SpreadsheetImportResult<DistrictPlan>(problems.Count == 0 ? plan : null, new ValueList<SpreadsheetProblem>(problems));
    }

    private SpreadsheetImportResult<CityConcept> FinishConcept(Dictionary<SheetKind, RawSheet> sheets, string title, Municipality municipality, ConceptVersion version, List<SpreadsheetProblem> problems)
    {
        var concept = ConceptAssembler.Assemble(sheets, Mapping, title, municipality, version, problems);
        return new SpreadsheetImportResult<CityConcept>(problems.Count == 0 ? concept : null, new ValueList<SpreadsheetProblem>(problems));
    }

    private static void CheckConceptFrame(string title, Municipality municipality, ConceptVersion version)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(municipality);
        ArgumentNullException.ThrowIfNull(version);
    }

    private static void CheckFrame(string title, District district, ConceptReference concept)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(district);
        ArgumentNullException.ThrowIfNull(concept);
    }

    private static int? RowOf(string range)
    {
        var digits = new string(range.SkipWhile(char.IsLetter).TakeWhile(char.IsDigit).ToArray());
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var row) ? row : null;
    }
}
