using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using IntegrationConcept.Internal;
using IntegrationConcept.Localization;
using IntegrationConcept.Rendering;
using IntegrationConcept.Rules;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rendering;

/// <summary>
/// Renders reports and matrices as GitHub-flavoured Markdown: headings, tables for coverage, findings as lists
/// grouped by severity, and the feedback for the city concept. German for a "de*" culture, English otherwise.
/// </summary>
public static class ReportMarkdown
{
    /// <summary>Renders a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The culture: picks the language and the number and date format.</param>
    /// <returns>The Markdown.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Render(CoverageReport report, CultureInfo culture)
    {
        Guard.NotNull(report);
        Guard.NotNull(culture);
        var lines = new ReportLines(culture);
        var text = new StringBuilder();
        text.Append("# ").Append(Escape(lines.Header(report))).Append("\n\n");
        text.Append("- ").Append(Escape(lines.ConceptLine(report))).Append('\n');
        text.Append("- ").Append(Escape(lines.DateLine(report.EvaluationDate, report.RuleSetName))).Append("\n\n");
        text.Append("## ").Append(lines.L(ReportTexts.CoverageByField)).Append("\n\n");
        TextTable.Markdown(text, lines.FieldHeader(), lines.FieldRows(report));
        text.Append('\n').Append(Escape(lines.Principles(report))).Append("\n\n");

        text.Append("## ").Append(Escape(lines.FindingsSummary(report))).Append("\n\n");
        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info })
        {
            Group(text, lines, lines.L(Terms.SeverityName(severity)), ReportLines.Of(report, severity, suppressed: false));
        }

        Group(text, lines, lines.L(ReportTexts.DataQuality), ReportLines.DataQuality(report));
        Group(text, lines, lines.L(ReportTexts.Suppressed), ReportLines.Of(report, Severity.Info, suppressed: true));

        text.Append("## ").Append(lines.L(ReportTexts.Feedback)).Append("\n\n");
        text.Append("### ").Append(lines.L(ReportTexts.Deficits)).Append("\n\n");
        if (report.Feedback.Deficits.Count == 0)
        {
            text.Append(lines.L(ReportTexts.None)).Append('\n');
        }

        foreach (var deficit in report.Feedback.Deficits)
        {
            text.Append("- ").Append(Escape(lines.Deficit(deficit))).Append('\n');
        }

        text.Append("\n### ").Append(lines.L(ReportTexts.Potentials)).Append("\n\n");
        if (report.Feedback.Potentials.Count == 0)
        {
            text.Append(lines.L(ReportTexts.None)).Append('\n');
        }

        foreach (var potential in report.Feedback.Potentials)
        {
            text.Append("- ").Append(Escape(lines.Potential(potential))).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Renders a matrix: action fields × districts with coverage percentages, goals × districts with grades.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The Markdown.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Render(CoverageMatrix matrix, CultureInfo culture)
    {
        Guard.NotNull(matrix);
        Guard.NotNull(culture);
        var lines = new ReportLines(culture);
        var text = new StringBuilder();
        text.Append("# ").Append(lines.L(ReportTexts.MatrixTitle)).Append(": ").Append(Escape(matrix.ConceptTitle)).Append(" (").Append(Escape(matrix.Municipality))
            .Append("), ").Append(lines.L(ReportTexts.Version)).Append(' ').Append(Escape(matrix.ConceptVersion)).Append("\n\n");
        text.Append("- ").Append(Escape(lines.DateLine(matrix.EvaluationDate, null))).Append("\n\n");
        text.Append("## ").Append(lines.L(ReportTexts.CoverageByField)).Append("\n\n");
        TextTable.Markdown(text, lines.MatrixFieldHeader(matrix), lines.MatrixFieldRows(matrix));
        text.Append("\n## ").Append(lines.L(ReportTexts.Goals)).Append("\n\n");
        TextTable.Markdown(text, lines.MatrixGoalHeader(matrix), lines.MatrixGoalRows(matrix));
        text.Append('\n').Append(lines.L(ReportTexts.Legend)).Append('\n');
        return text.ToString();
    }

    private static void Group(StringBuilder text, ReportLines lines, string heading, List<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        text.Append("### ").Append(heading).Append(" (").Append(findings.Count.ToString(CultureInfo.InvariantCulture)).Append(")\n\n");
        foreach (var finding in findings)
        {
            text.Append("- **").Append(finding.RuleId).Append("** `").Append(lines.Place(finding.Subject)).Append("`: ").Append(Escape(finding.Message(lines.Culture))).Append('\n');
            foreach (var reason in finding.Reasons)
            {
                text.Append("  - ").Append(Escape(reason.Render(lines.Culture))).Append('\n');
            }

            if (finding.SuppressionJustification is { } justification)
            {
                text.Append("  - ").Append(lines.L(ReportTexts.Justification)).Append(": ").Append(Escape(justification)).Append('\n');
            }
        }

        text.Append('\n');
    }

    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                escaped.Append('\\');
            }

            escaped.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return escaped.ToString();
    }
}
