using System.Collections.Generic;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rendering.Content.ContentWriter;

namespace IntegrationConcept.Rendering.Content;

/// <summary>The chapters after the tables: findings by action field in plain language, the feedback, and the technical appendix.</summary>
internal static class FindingSections
{
    public static void Write(ContentWriter writer, CoverageReport report, PlanIndex index)
    {
        ByField(writer, report, index);
        Feedback(writer, report);
        Appendix(writer, report);
    }

    // Data-quality findings (consistency) and findings set aside with a justification go to the appendix only.
    private static bool IsForCommittee(Finding finding) => !finding.IsSuppressed && finding.Category != RuleCategory.Consistency;

    private static void ByField(ContentWriter writer, CoverageReport report, PlanIndex index)
    {
        var f = writer.Format;
        writer.Heading(2, f.L(IndicatorTexts.Findings), "hinweise");
        writer.Paragraph(f.L(IndicatorTexts.FindingsLead));
        var byField = new Dictionary<ElementId<ActionField>, List<string>>();
        var crossCutting = new List<string>();
        foreach (var finding in report.Findings)
        {
            if (!IsForCommittee(finding))
            {
                continue;
            }

            var message = finding.Message(f.Culture);
            if (index.FieldOf(finding.Subject) is { } field)
            {
                if (!byField.TryGetValue(field, out var list))
                {
                    list = [];
                    byField.Add(field, list);
                }

                list.Add(message);
            }
            else
            {
                crossCutting.Add(message);
            }
        }

        if (byField.Count == 0 && crossCutting.Count == 0)
        {
            writer.Paragraph(f.L(IndicatorTexts.NoFindings));
            return;
        }

        for (var i = 0; i < report.ActionFields.Count; i++)
        {
            var field = report.ActionFields[i];
            if (byField.Remove(field.ActionFieldId, out var messages))
            {
                writer.Heading(3, f.FieldName(field.Name, field.EnglishName), Anchor("hinweise-feld", i));
                writer.List(messages);
            }
        }

        // Findings on a field the report does not list (an unknown field) count as cross-cutting.
        foreach (var rest in byField.Values)
        {
            crossCutting.AddRange(rest);
        }

        if (crossCutting.Count > 0)
        {
            writer.Heading(3, f.L(IndicatorTexts.CrossCutting), "hinweise-uebergreifend");
            writer.List(crossCutting);
        }
    }

    private static void Feedback(ContentWriter writer, CoverageReport report)
    {
        var f = writer.Format;
        writer.Heading(2, f.L(IndicatorTexts.Feedback), "rueckmeldung");
        writer.Heading(3, f.L(IndicatorTexts.Deficits), "defizite");
        var deficits = new List<string>();
        foreach (var deficit in report.Feedback.Deficits)
        {
            var text = deficit.GoalId.Value + " " + f.Quote(deficit.Text) + ": " + f.Grade(deficit.Grade);
            foreach (var reason in deficit.Reasons)
            {
                text += " – " + reason.Render(f.Culture);
            }

            deficits.Add(text);
        }

        writer.List(deficits.Count == 0 ? [f.L(IndicatorTexts.NoneItem)] : deficits);
        writer.Heading(3, f.L(IndicatorTexts.Potentials), "potenziale");
        var potentials = new List<string>();
        foreach (var potential in report.Feedback.Potentials)
        {
            potentials.Add(potential.DistrictGoalId.Value + " " + f.Quote(potential.Text));
        }

        writer.List(potentials.Count == 0 ? [f.L(IndicatorTexts.NoneItem)] : potentials);
    }

    private static void Appendix(ContentWriter writer, CoverageReport report)
    {
        var f = writer.Format;
        writer.Heading(2, f.L(IndicatorTexts.Appendix), "anhang");
        writer.Paragraph(f.L(IndicatorTexts.AppendixLead));
        var rows = new List<TableRow>();
        var deferred = new List<TableRow>();
        foreach (var finding in report.Findings)
        {
            var place = f.L(finding.Subject.Document == DocumentKind.CityConcept ? IndicatorTexts.ConceptDocument : IndicatorTexts.PlanDocument) + " " + finding.Subject.Path;
            var severity = f.L(ContentTexts.SeverityText(finding.Severity));
            if (finding.SuppressionJustification is { } justification)
            {
                deferred.Add(Row(Cell(finding.RuleId), Cell(severity), Cell(place), Cell(finding.Message(f.Culture)), Cell(justification)));
            }
            else
            {
                rows.Add(Row(Cell(finding.RuleId), Cell(severity), Cell(place), Cell(finding.Message(f.Culture))));
            }
        }

        if (rows.Count == 0 && deferred.Count == 0)
        {
            writer.Paragraph(f.L(IndicatorTexts.NoAppendix));
            return;
        }

        string[] header = [f.L(IndicatorTexts.Rule), f.L(IndicatorTexts.Severity), f.L(IndicatorTexts.Location), f.L(IndicatorTexts.Message)];
        if (rows.Count > 0)
        {
            writer.Table(f.L(IndicatorTexts.AppendixTable), header, rows);
        }

        if (deferred.Count > 0)
        {
            writer.Table(f.L(IndicatorTexts.Deferred), [.. header, f.L(IndicatorTexts.Justification)], deferred);
        }
    }
}
