using System.Collections.Generic;
using System.Globalization;
using System.Text;
using IntegrationConcept.Localization;
using IntegrationConcept.Rendering;
using IntegrationConcept.Model;
using IntegrationConcept.Rules;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rendering;

/// <summary>What the text and Markdown renderings share: the parts of a report as rows and lines, in one language.</summary>
internal sealed class ReportLines
{
    public ReportLines(CultureInfo culture)
    {
        Culture = culture;
        Language = MessageCulture.LanguageOf(culture);
    }

    public CultureInfo Culture { get; }

    public Language Language { get; }

    public string L(LocalizedText text) => text.Get(Language);

    public string Percent(decimal? percent) => percent is { } p ? MessageCulture.FormatPercent(p, Culture) : "–";

    public string Date(NodaTime.LocalDate date) => MessageCulture.FormatDate(date, Culture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public string[] FieldHeader() =>
    [
        L(ReportTexts.ActionField), L(ReportTexts.Goals), L(ReportTexts.Covered), L(ReportTexts.Partly), L(ReportTexts.Uncovered),
        L(ReportTexts.OutOfScope), L(ReportTexts.Coverage), L(ReportTexts.Grade),
    ];

    public string[] FieldRow(string name, CoverageCounts counts, CoverageGrade grade) =>
    [
        name, Number(counts.Total), Number(counts.Covered), Number(counts.PartlyCovered), Number(counts.Uncovered),
        Number(counts.OutOfScope), Percent(counts.CoveredPercent), L(Terms.Grade(grade)),
    ];

    public List<string[]> FieldRows(CoverageReport report)
    {
        var rows = new List<string[]>(report.ActionFields.Count + 1);
        foreach (var field in report.ActionFields)
        {
            rows.Add(FieldRow(field.ActionFieldId.Value + " " + field.DisplayName(Language), field.Goals, field.Grade));
        }

        var overall = report.Overall;
        rows.Add(
        [
            L(ReportTexts.Total), Number(overall.Total), Number(overall.Covered), Number(overall.PartlyCovered), Number(overall.Uncovered),
            Number(overall.OutOfScope), Percent(overall.CoveredPercent), string.Empty,
        ]);
        return rows;
    }

    public string Principles(CoverageReport report)
    {
        var totals = report.PrincipleTotals;
        var text = new StringBuilder();
        text.Append(L(ReportTexts.Principles)).Append(": ")
            .Append(new LocalizedMessage(ReportTexts.PrinciplesApplied, new[] { MessageArgument.FromNumber(totals.Covered), MessageArgument.FromNumber(totals.InScope) }).Render(Culture))
            .Append(" (").Append(Percent(totals.CoveredPercent)).Append(')');
        if (totals.OutOfScope > 0)
        {
            text.Append(", ").Append(totals.OutOfScope.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(L(ReportTexts.OutOfScope));
        }

        return text.ToString();
    }

    public string FindingsSummary(CoverageReport report)
    {
        var suppressed = 0;
        foreach (var finding in report.Findings)
        {
            if (finding.IsSuppressed)
            {
                suppressed++;
            }
        }

        var text = new StringBuilder();
        text.Append(L(ReportTexts.Findings)).Append(": ");
        var first = true;
        foreach (var severity in new[] { Severity.Error, Severity.Warning, Severity.Info })
        {
            if (!first)
            {
                text.Append(", ");
            }

            first = false;
            text.Append(L(Terms.SeverityName(severity))).Append(' ').Append(report.Count(severity).ToString(CultureInfo.InvariantCulture));
        }

        if (suppressed > 0)
        {
            text.Append(", ").Append(L(ReportTexts.Suppressed).ToLowerInvariant()).Append(' ').Append(suppressed.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    // The findings a committee reads, of one severity; data-quality findings are listed apart (DataQuality).
    public static List<Finding> Of(CoverageReport report, Severity severity, bool suppressed)
    {
        var list = new List<Finding>();
        foreach (var finding in report.Findings)
        {
            if (finding.IsSuppressed == suppressed && (suppressed || (finding.Severity == severity && !DataQualityRules.Contains(finding.RuleId))))
            {
                list.Add(finding);
            }
        }

        return list;
    }

    // The unsuppressed findings about the data itself (unknown ids, missing justifications, suppression problems).
    public static List<Finding> DataQuality(CoverageReport report)
    {
        var list = new List<Finding>();
        foreach (var finding in report.Findings)
        {
            if (!finding.IsSuppressed && DataQualityRules.Contains(finding.RuleId))
            {
                list.Add(finding);
            }
        }

        return list;
    }

    public string FindingLine(Finding finding)
        => finding.RuleId + " (" + Place(finding.Subject) + "): " + finding.Message(Culture);

    public string Place(ElementReference subject)
        => L(subject.Document == DocumentKind.CityConcept ? ReportTexts.ConceptDocument : ReportTexts.PlanDocument) + " " + subject.Path;

    public string Deficit(Deficit deficit)
    {
        var text = new StringBuilder();
        text.Append(deficit.GoalId.Value).Append(' ').Append(Quote(deficit.Text)).Append(": ").Append(L(Terms.Grade(deficit.Grade)));
        foreach (var reason in deficit.Reasons)
        {
            text.Append(" – ").Append(reason.Render(Culture));
        }

        return text.ToString();
    }

    public string Potential(Potential potential)
    {
        var text = potential.DistrictGoalId.Value + " " + Quote(potential.Text);
        return potential.ActionFieldId is { } field ? text + " (" + L(ReportTexts.ActionField) + " " + field.Value + ")" : text;
    }

    public string Quote(string text) => Language == Language.German ? "„" + text + "“" : "'" + text + "'";

    public string Header(CoverageReport report)
        => L(ReportTexts.ReportTitle) + ": " + report.PlanTitle + " (" + report.District + ")";

    public string ConceptLine(CoverageReport report)
        => L(ReportTexts.Concept) + ": " + report.ConceptTitle + " (" + report.Municipality + "), " + L(ReportTexts.Version) + " " + report.ConceptVersion
            + "; " + L(ReportTexts.TakesUp) + ": " + report.PlanConceptVersion;

    public string DateLine(NodaTime.LocalDate date, string? ruleSet)
        => L(ReportTexts.EvaluationDate) + ": " + Date(date) + (ruleSet is null ? string.Empty : " · " + L(ReportTexts.RuleSet) + ": " + ruleSet);

    public string[] MatrixGoalHeader(CoverageMatrix matrix)
    {
        var header = new string[matrix.Districts.Count + 2];
        header[0] = L(ReportTexts.Goal);
        for (var i = 0; i < matrix.Districts.Count; i++)
        {
            header[i + 1] = matrix.Districts[i];
        }

        header[^1] = L(ReportTexts.Combined);
        return header;
    }

    public List<string[]> MatrixGoalRows(CoverageMatrix matrix)
    {
        var rows = new List<string[]>(matrix.Goals.Count);
        foreach (var goal in matrix.Goals)
        {
            var row = new string[goal.Grades.Count + 2];
            row[0] = goal.GoalId.Value;
            for (var i = 0; i < goal.Grades.Count; i++)
            {
                row[i + 1] = L(ReportTexts.Cell(goal.Grades[i]));
            }

            row[^1] = L(ReportTexts.Cell(goal.Combined));
            rows.Add(row);
        }

        return rows;
    }

    public string[] MatrixFieldHeader(CoverageMatrix matrix)
    {
        var header = MatrixGoalHeader(matrix);
        header[0] = L(ReportTexts.ActionField);
        return header;
    }

    public List<string[]> MatrixFieldRows(CoverageMatrix matrix)
    {
        var rows = new List<string[]>(matrix.ActionFields.Count + 1);
        foreach (var field in matrix.ActionFields)
        {
            var row = new string[field.Districts.Count + 2];
            row[0] = field.ActionFieldId.Value + " " + field.DisplayName(Language);
            for (var i = 0; i < field.Districts.Count; i++)
            {
                row[i + 1] = Percent(field.Districts[i].Goals.CoveredPercent);
            }

            row[^1] = Percent(field.Combined.CoveredPercent);
            rows.Add(row);
        }

        var total = new string[matrix.Reports.Count + 2];
        total[0] = L(ReportTexts.Total);
        for (var i = 0; i < matrix.Reports.Count; i++)
        {
            total[i + 1] = Percent(matrix.Reports[i].Overall.CoveredPercent);
        }

        total[^1] = Percent(matrix.Combined.CoveredPercent);
        rows.Add(total);
        return rows;
    }
}
