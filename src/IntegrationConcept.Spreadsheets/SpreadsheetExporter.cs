using System;
using System.Collections.Generic;
using System.IO;
using IntegrationConcept.Model;
using IntegrationConcept.Spreadsheets.Export;

namespace IntegrationConcept.Spreadsheets;

/// <summary>
/// Writes a district plan to an XLSX workbook that <see cref="SpreadsheetImporter"/> reads back to an equal plan, and
/// writes the empty template workbook planners fill in: the header rows of every sheet and drop-down lists for status,
/// actor kind, indicator type and direction.
/// </summary>
/// <remarks>
/// The workbook holds goals, measures (with carriers, partners, funders and participants), indicators (baseline,
/// targets, measurements) and actors. A plan's observations, bodies, target groups, principles and approaches of
/// measures, out-of-scope declarations, suppressions, validity and the comments of baselines and first targets are
/// not part of the workbook; keep those in the JSON document.
/// </remarks>
public sealed class SpreadsheetExporter
{
    /// <summary>Creates an exporter.</summary>
    /// <param name="mapping">The sheet and column names; <see langword="null"/> for <see cref="SpreadsheetMapping.Default"/> (German).</param>
    public SpreadsheetExporter(SpreadsheetMapping? mapping = null)
    {
        Mapping = mapping ?? SpreadsheetMapping.Default;
    }

    /// <summary>Gets the sheet and column names.</summary>
    public SpreadsheetMapping Mapping { get; }

    /// <summary>Writes a plan to an XLSX workbook.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="output">Where the workbook goes; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public void WriteXlsx(DistrictPlan plan, Stream output)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(output);
        Write(MappingFields.PlanKinds, kind => PlanRows.Of(kind, plan), output);
    }

    /// <summary>Writes a city concept's action fields, goals and principles to an XLSX workbook that <see cref="SpreadsheetImporter.ImportConceptXlsx"/> reads back.</summary>
    /// <param name="concept">The concept. Its approaches, city measures, city-level indicators and earlier versions are not part of the workbook.</param>
    /// <param name="output">Where the workbook goes; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public void WriteConceptXlsx(CityConcept concept, Stream output)
    {
        ArgumentNullException.ThrowIfNull(concept);
        ArgumentNullException.ThrowIfNull(output);
        Write(MappingFields.ConceptKinds, kind => ConceptSheetRows.Of(kind, concept), output);
    }

    /// <summary>Writes the empty template workbook: every sheet with its header row and drop-down lists.</summary>
    /// <param name="output">Where the workbook goes; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is <see langword="null"/>.</exception>
    public void WriteTemplate(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        Write(MappingFields.PlanKinds, _ => new List<object?[]>(), output);
    }

    private void Write(IReadOnlyList<SheetKind> kinds, Func<SheetKind, List<object?[]>> rows, Stream output)
    {
        var writer = new WorkbookWriter(SpreadsheetLimits.DefaultMaxRows);
        foreach (var kind in kinds)
        {
            writer.Add(Mapping[kind], rows(kind));
        }

        // The package is written to memory first: SpreadsheetDocument needs a seekable stream.
        using var buffer = new MemoryStream();
        writer.Write(buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}
