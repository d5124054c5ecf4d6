using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using IntegrationConcept.Internal;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering.Content;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rendering.Csv;

/// <summary>
/// The goals' coverage and the findings as one CSV table for spreadsheets: format <c>csv</c>, <c>.csv</c>. One row per
/// city goal (its action field, grade, and what is missing or why it is out of scope) and one per finding (rule, severity, location, message),
/// each with the district, so that a matrix of several plans gives one table to filter and sort.
/// </summary>
/// <remarks>
/// Written for Excel as planners open it, by double click: UTF-8 with a byte order mark (without it Excel reads the
/// umlauts as Windows-1252) and the separator of the report's language (';' for German, where Excel expects it because
/// the comma is the decimal separator; ',' for English). No <c>sep=</c> line: Excel ignores the byte order mark after
/// it, and other readers take it for data. The plan is not needed: the table is read from the report alone.
/// </remarks>
public sealed class CsvRenderer : IReportRenderer
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    private static readonly LocalizedText[] Headers =
    [
        new("Stadtteil", "District"), new("Art", "Kind"), new("Handlungsfeld", "Action field"), new("Element", "Element"),
        new("Text", "Text"), new("Stand", "Grade"), IndicatorTexts.Rule, IndicatorTexts.Severity, IndicatorTexts.Location,
        new("Begründung", "Reason"),
    ];

    private static readonly LocalizedText GoalRow = new("Ziel", "goal");
    private static readonly LocalizedText FindingRow = new("Befund", "finding");
    private static readonly LocalizedText SetAside = new("zurückgestellt: ", "set aside: ");

    /// <summary>Creates the CSV renderer.</summary>
    public CsvRenderer()
    {
    }

    /// <inheritdoc/>
    /// <value><c>csv</c>.</value>
    public string FormatName => "csv";

    /// <inheritdoc/>
    /// <value><c>text/csv; charset=utf-8; header=present</c>.</value>
    public string MediaType => "text/csv; charset=utf-8; header=present";

    /// <inheritdoc/>
    /// <value><c>.csv</c>.</value>
    public string FileExtension => ".csv";

    /// <inheritdoc/>
    /// <value><see langword="false"/>: the file starts with a byte order mark for Excel.</value>
    public bool IsText => false;

    /// <inheritdoc/>
    public void Render(ReportInput input, Stream output)
    {
        Guard.NotNull(input);
        Guard.NotNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(output));
        }

        var reports = input.Matrix is { } matrix ? matrix.Reports.ToList() : [input.Report!];
        var preamble = Utf8WithBom.GetPreamble();
        output.Write(preamble, 0, preamble.Length);
        var bytes = Utf8WithBom.GetBytes(Render(reports, input.Culture));
        output.Write(bytes, 0, bytes.Length);
    }

    private static string Render(IReadOnlyList<CoverageReport> reports, System.Globalization.CultureInfo culture)
    {
        string L(LocalizedText text) => text.Get(culture);
        var table = new CsvTable(culture).Row(Headers.Select(L).ToArray());
        foreach (var report in reports)
        {
            foreach (var goal in report.Goals)
            {
                var reason = goal.OutOfScopeJustification
                    ?? string.Join(", ", goal.MissingCriteria.Select(c => L(Terms.Criterion(c))));
                table.Row(report.District, L(GoalRow), goal.ActionFieldId.Value, goal.GoalId.Value, goal.Text, L(Terms.Grade(goal.Grade)), null, null, null, reason);
            }

            foreach (var finding in report.Findings)
            {
                var place = L(finding.Subject.Document == DocumentKind.CityConcept ? IndicatorTexts.ConceptDocument : IndicatorTexts.PlanDocument) + " " + finding.Subject.Path;
                var reason = finding.SuppressionJustification is { } justification ? L(SetAside) + justification : null;
                table.Row(report.District, L(FindingRow), null, finding.Subject.Id, finding.Message(culture), null, finding.RuleId, L(Terms.SeverityWord(finding.Severity)), place, reason);
            }
        }

        return table.ToString();
    }
}
