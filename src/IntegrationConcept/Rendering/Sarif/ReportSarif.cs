using System;
using System.Globalization;
using System.Text.Json;
using IntegrationConcept.Internal;
using IntegrationConcept.Results;
using System.Collections.Generic;

// The overloads mirror ReportText and ReportMarkdown (a report, a matrix), each with the same optional arguments.
#pragma warning disable RS0026

namespace IntegrationConcept.Rendering.Sarif;

/// <summary>
/// Renders reports and matrices as SARIF 2.1.0, the format code-scanning viewers read (GitHub code scanning,
/// Azure DevOps, the SARIF viewer of VS Code): one run, the tool with its version and every rule, and one result
/// per finding with its level, message, the file and line of its element and the element's id and JSON path.
/// </summary>
/// <remarks>
/// <para>
/// Levels: an error finding is <c>error</c>, a warning <c>warning</c>, information <c>note</c>. A suppressed
/// finding stays in the log with a <c>suppressions</c> entry (kind <c>inSource</c>, status <c>accepted</c>) that
/// carries its justification, so viewers hide it and keep it auditable.
/// </para>
/// <para>
/// The output is deterministic: no timestamps, no machine names (unless a <see cref="SarifSources.SourceRoot"/> is
/// given), rules in the order given, results in the report's order; UTF-8 JSON with two-space indent and "\n" line ends.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var rules = ruleSet.Rules.Select(d => new SarifRule(d.Id, d.Title, d.MessageTemplate, d.Category, ruleSet.SeverityOf(d.Id), ruleSet.IsEnabled(d.Id)));
/// var sources = new SarifSources(
///     new SarifSource("data/trier-city-concept.json", conceptBytes),
///     [new SarifSource("data/ehrang-quint-district-plan.json", planBytes)]);
/// File.WriteAllText("report.sarif", ReportSarif.Render(report, CultureInfo.GetCultureInfo("de-DE"), sources, rules));
/// </code>
/// </example>
public static class ReportSarif
{
    /// <summary>Gets the media type of a SARIF log.</summary>
    public const string MediaType = "application/sarif+json";

    /// <summary>Gets the usual file extension of a SARIF log, <c>.sarif</c>.</summary>
    public const string FileExtension = ".sarif";

    /// <summary>Renders a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The culture: picks the language of messages and rule texts.</param>
    /// <param name="sources">
    /// The files the concept and the plan were read from (one plan), to point each result at its line;
    /// <see langword="null"/> for results with the element's id and JSON path only.
    /// </param>
    /// <param name="rules">The rules of the rule set the report was made with (see <see cref="SarifRule"/>), listed in the log with title, help and level; <see langword="null"/> for none (results then name only the rule id).</param>
    /// <returns>The SARIF log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="culture"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="sources"/> does not name exactly one plan.</exception>
    public static string Render(CoverageReport report, CultureInfo culture, SarifSources? sources = null, IEnumerable<SarifRule>? rules = null)
    {
        Guard.NotNull(report);
        Guard.NotNull(culture);
        return Serialize(SarifLogBuilder.Build([report], culture, sources, rules ?? []));
    }

    /// <summary>Renders a matrix: one run with the findings of every district's report.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="culture">The culture: picks the language of messages and rule texts.</param>
    /// <param name="sources">The files, one plan per report in the matrix's order; <see langword="null"/> for results without files.</param>
    /// <param name="rules">The rules of the rule set the matrix was made with; <see langword="null"/> for none.</param>
    /// <returns>The SARIF log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> or <paramref name="culture"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="sources"/> names another number of plans than the matrix has reports.</exception>
    public static string Render(CoverageMatrix matrix, CultureInfo culture, SarifSources? sources = null, IEnumerable<SarifRule>? rules = null)
    {
        Guard.NotNull(matrix);
        Guard.NotNull(culture);
        return Serialize(SarifLogBuilder.Build(matrix.Reports, culture, sources, rules ?? []));
    }

    private static string Serialize(SarifLogDto log)
        => JsonSerializer.Serialize(log, SarifJson.Options.GetTypeInfo(typeof(SarifLogDto))) + "\n";
}
