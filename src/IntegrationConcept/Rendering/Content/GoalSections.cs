using System.Collections.Generic;
using System.Text;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rendering.Content.ContentWriter;

namespace IntegrationConcept.Rendering.Content;

/// <summary>The chapter "Ziele nach Handlungsfeldern": per action field a table of its city goals and how the district takes them up.</summary>
internal static class GoalSections
{
    public static void Write(ContentWriter writer, CoverageReport report, PlanIndex index)
    {
        var f = writer.Format;
        writer.Heading(2, f.L(ContentTexts.GoalsByField), "ziele");
        var goalsByField = new Dictionary<ElementId<ActionField>, List<GoalCoverage>>();
        foreach (var field in report.ActionFields)
        {
            goalsByField.TryAdd(field.ActionFieldId, []);
        }

        var other = new List<GoalCoverage>();
        foreach (var goal in report.Goals)
        {
            (goalsByField.TryGetValue(goal.ActionFieldId, out var list) ? list : other).Add(goal);
        }

        var header = new[]
        {
            f.L(ContentTexts.Goal), f.L(ContentTexts.Status), f.L(ContentTexts.Recorded), f.L(ContentTexts.DistrictGoals), f.L(ContentTexts.Measures),
            f.L(ContentTexts.Missing),
        };
        for (var i = 0; i < report.ActionFields.Count; i++)
        {
            var field = report.ActionFields[i];
            var name = f.FieldName(field.Name, field.EnglishName);
            writer.Heading(3, name, Anchor("feld", i));
            var c = field.Goals;
            writer.Paragraph(c.InScope == 0 && c.Total > 0
                ? f.F(c.Total == 1 ? ContentTexts.FieldNothingInScopeOne : ContentTexts.FieldNothingInScope, f.Grade(field.Grade), ContentFormat.Count(c.Total))
                : f.F(
                ContentTexts.FieldLead, f.Grade(field.Grade), ContentFormat.Count(c.Covered), ContentFormat.Count(c.InScope),
                ContentFormat.Count(c.PartlyCovered), ContentFormat.Count(c.Uncovered), ContentFormat.Count(c.OutOfScope)));
            if (FieldJustification(index.Plan, field.ActionFieldId) is { } justification)
            {
                writer.Paragraph(f.F(ContentTexts.FieldOutOfScope, justification));
            }

            var goals = goalsByField[field.ActionFieldId];
            if (goals.Count == 0)
            {
                writer.Paragraph(f.L(ContentTexts.NoGoals));
                continue;
            }

            var measures = new List<Measure>();
            writer.Table(f.F(ContentTexts.GoalsTable, name), header, Rows(f, goals, index, measures));
            BudgetTable.Write(writer, f.F(ContentTexts.BudgetTable, name), measures);
        }

        if (other.Count > 0)
        {
            writer.Heading(3, f.L(ContentTexts.OtherGoals), "feld-andere");
            var measures = new List<Measure>();
            writer.Table(f.L(ContentTexts.OtherGoals), header, Rows(f, other, index, measures));
            BudgetTable.Write(writer, f.F(ContentTexts.BudgetTable, f.L(ContentTexts.OtherGoals)), measures);
        }
    }

    private static string? FieldJustification(DistrictPlan plan, ElementId<ActionField> field)
    {
        foreach (var declaration in plan.OutOfScope)
        {
            if (declaration.Kind == ElementKind.ActionField && declaration.ElementId == field.Value && declaration.IsJustified)
            {
                return declaration.Justification;
            }
        }

        return null;
    }

    // One row per city goal; fieldMeasures collects the measures of the field once each, in order, for its budget table.
    private static List<TableRow> Rows(ContentFormat f, List<GoalCoverage> goals, PlanIndex index, List<Measure> fieldMeasures)
    {
        var rows = new List<TableRow>(goals.Count);
        var inField = new HashSet<ElementId<Measure>>();
        foreach (var goal in goals)
        {
            var districtGoals = new StringBuilder();
            var recorded = new StringBuilder();
            var measures = new StringBuilder();
            var seen = new HashSet<ElementId<Measure>>();
            foreach (var id in goal.RefiningGoalIds)
            {
                if (index.Plan.Goals.TryGet(id, out var districtGoal))
                {
                    Line(districtGoals, DistrictGoalText(f, districtGoal, index));
                    if (districtGoal.Status is { } status)
                    {
                        Line(recorded, RecordedText(f, id, status));
                    }
                }
                else
                {
                    Line(districtGoals, id.Value);
                }

                foreach (var measure in index.MeasuresOf(id))
                {
                    if (seen.Add(measure.Id))
                    {
                        Line(measures, MeasureText(f, measure, index));
                        if (inField.Add(measure.Id))
                        {
                            fieldMeasures.Add(measure);
                        }
                    }
                }
            }

            rows.Add(Row(
                Cell(goal.GoalId.Value + " " + goal.Text),
                Cell(f.Grade(goal.Grade), ContentFormat.Tone(goal.Grade)),
                Cell(recorded.Length == 0 ? f.L(ContentTexts.NotRecorded) : recorded.ToString()),
                Cell(districtGoals.Length == 0 ? f.L(ContentTexts.Dash) : districtGoals.ToString()),
                Cell(measures.Length == 0 ? f.L(ContentTexts.Dash) : measures.ToString()),
                Cell(MissingText(f, goal))));
        }

        return rows;
    }

    private static string MissingText(ContentFormat f, GoalCoverage goal) => goal.Grade switch
    {
        CoverageGrade.Covered => f.L(ContentTexts.Dash),
        CoverageGrade.PartlyCovered => f.F(ContentTexts.MissingPrefix, OpenPoints.Criteria(f, goal.MissingCriteria)),
        CoverageGrade.Uncovered => f.L(ContentTexts.NotTakenUp),
        _ => string.IsNullOrWhiteSpace(goal.OutOfScopeJustification)
            ? f.L(ContentTexts.Unjustified)
            : f.F(ContentTexts.Justified, goal.OutOfScopeJustification),
    };

    private static string MeasureText(ContentFormat f, Measure measure, PlanIndex index)
    {
        var carriers = new List<string>();
        foreach (var participation in measure.Participations)
        {
            if (participation.Role == ParticipationRole.Carrier)
            {
                carriers.Add(index.ActorName(participation.ActorId));
            }
        }

        var carrier = carriers.Count == 0 ? f.L(ContentTexts.NoCarrier) : f.F(ContentTexts.Carrier, string.Join(", ", carriers));
        var lead = measure.LeadOfficeId is { } office ? f.F(ContentTexts.LeadOffice, index.ActorName(office)) : f.L(ContentTexts.NoLeadOffice);
        var period = measure.Period is { } p ? f.Period(p) : f.L(ContentTexts.NoPeriod);
        return measure.Id.Value + " " + measure.Name + " (" + carrier + "; " + lead + "; " + period + "; " + f.L(ContentTexts.MeasureStatusText(measure.Status)) + ")";
    }

    private static string DistrictGoalText(ContentFormat f, DistrictGoal goal, PlanIndex index)
        => goal.Id.Value + " " + goal.Text + (goal.LeadOfficeId is { } office ? " (" + f.F(ContentTexts.LeadOffice, index.ActorName(office)) + ")" : string.Empty);

    // "EQ-7: erreicht (Stand 31.12.2012) – comment": what the planners recorded, beside the computed status.
    private static string RecordedText(ContentFormat f, ElementId<DistrictGoal> goal, RecordedStatus status)
    {
        var text = goal.Value + ": " + f.F(ContentTexts.RecordedAsOf, f.L(ContentTexts.ImplementationStatusText(status.Status)), f.Date(status.AsOf));
        return string.IsNullOrWhiteSpace(status.Comment) ? text : text + " – " + status.Comment;
    }

    private static void Line(StringBuilder text, string line)
    {
        if (text.Length > 0)
        {
            text.Append('\n');
        }

        text.Append(line);
    }
}
