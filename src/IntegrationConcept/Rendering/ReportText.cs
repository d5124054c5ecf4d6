using System;
using System.Globalization;
using System.Text;
using IntegrationConcept.Internal;
using IntegrationConcept.Localization;
using IntegrationConcept.Rendering;
using IntegrationConcept.Rules;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rendering;

/// <summary>
/// Renders reports and matrices as plain text for a console: a header, coverage per action field as a table
/// with percentages, findings grouped by severity (suppressed ones on their own), and the feedback for the city
/// concept. German for a "de*" culture, English otherwise; lines end with <c>\n</c>.
/// </summary>
public static class ReportText
{
    /// <summary>Renders a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The culture: picks the language and the number and date format.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Render(CoverageReport report, CultureInfo culture)
    {
        Guard.NotNull(report);
        Guard.NotNull(culture);
        var lines = new ReportLines(culture);
        var text = new StringBuilder();
        text.Append(lines.Header(report)).Append('\n');
        text.Append(lines.ConceptLine(report)).Append('\n');
        text.Append(lines.DateLine(report.EvaluationDate, report.RuleSetName)).Append('\n');
        text.Append('\n').Append(lines.L(ReportTexts.CoverageByField)).Append('\n');
        TextTable.Plain(text, lines.FieldHeader(), lines.FieldRows(report), "  ", lastLeft: true);
        text.Append(lines.Principles(report)).Append('\n');

        text.Append('\n').Append(lines.FindingsSummary(report)).Append('\n');
        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info })
        {
            Group(text, lines, lines.L(Terms.SeverityName(severity)), ReportLines.Of(report, severity, suppressed: false));
        }

        Group(text, lines, lines.L(ReportTexts.DataQuality), ReportLines.DataQuality(report));
        Group(text, lines, lines.L(ReportTexts.Suppressed), ReportLines.Of(report, Severity.Info, suppressed: true));

        text.Append('\n').Append(lines.L(ReportTexts.Feedback)).Append('\n');
        text.Append(lines.L(ReportTexts.Deficits)).Append(':').Append('\n');
        if (report.Feedback.Deficits.Count == 0)
        {
            text.Append("  ").Append(lines.L(ReportTexts.None)).Append('\n');
        }

        foreach (var deficit in report.Feedback.Deficits)
        {
            text.Append("  - ").Append(lines.Deficit(deficit)).Append('\n');
        }

        text.Append(lines.L(ReportTexts.Potentials)).Append(':').Append('\n');
        if (report.Feedback.Potentials.Count == 0)
        {
            text.Append("  ").Append(lines.L(ReportTexts.None)).Append('\n');
        }

        foreach (var potential in report.Feedback.Potentials)
        {
            text.Append("  - ").Append(lines.Potential(potential)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Renders a matrix: goals × districts with grades, action fields × districts with coverage percentages.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Render(CoverageMatrix matrix, CultureInfo culture)
    {
        Guard.NotNull(matrix);
        Guard.NotNull(culture);
        var lines = new ReportLines(culture);
        var text = new StringBuilder();
        text.Append(lines.L(ReportTexts.MatrixTitle)).Append(": ").Append(matrix.ConceptTitle).Append(" (").Append(matrix.Municipality).Append("), ")
            .Append(lines.L(ReportTexts.Version)).Append(' ').Append(matrix.ConceptVersion).Append('\n');
        text.Append(lines.DateLine(matrix.EvaluationDate, null)).Append('\n');
        text.Append('\n').Append(lines.L(ReportTexts.CoverageByField)).Append('\n');
        TextTable.Plain(text, lines.MatrixFieldHeader(matrix), lines.MatrixFieldRows(matrix), "  ");
        text.Append('\n').Append(lines.L(ReportTexts.Goals)).Append('\n');
        TextTable.Plain(text, lines.MatrixGoalHeader(matrix), lines.MatrixGoalRows(matrix), "  ");
        text.Append(lines.L(ReportTexts.Legend)).Append('\n');
        return text.ToString();
    }

    private static void Group(StringBuilder text, ReportLines lines, string heading, System.Collections.Generic.List<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        text.Append(heading).Append(" (").Append(findings.Count.ToString(CultureInfo.InvariantCulture)).Append("):").Append('\n');
        foreach (var finding in findings)
        {
            text.Append("  ").Append(lines.FindingLine(finding)).Append('\n');
            foreach (var reason in finding.Reasons)
            {
                text.Append("      - ").Append(reason.Render(culture: lines.Culture)).Append('\n');
            }

            if (finding.SuppressionJustification is { } justification)
            {
                text.Append("      ").Append(lines.L(ReportTexts.Justification)).Append(": ").Append(justification).Append('\n');
            }
        }
    }
}
