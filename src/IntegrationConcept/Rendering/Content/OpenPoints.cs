using System.Collections.Generic;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rendering.Content;

/// <summary>The most important open points for "Auf einen Blick", most urgent first, at most five.</summary>
internal static class OpenPoints
{
    private const int Shown = 5;

    public static List<string> Of(ContentFormat f, CoverageReport report, PlanIndex index, List<IndicatorRating> ratings)
    {
        var fieldNames = new Dictionary<ElementId<ActionField>, string>();
        foreach (var field in report.ActionFields)
        {
            fieldNames.TryAdd(field.ActionFieldId, f.FieldName(field.Name, field.EnglishName));
        }

        var points = new List<string>();
        foreach (var goal in report.Goals)
        {
            if (goal.Grade == CoverageGrade.Uncovered)
            {
                points.Add(f.F(ContentTexts.PointUncovered, f.Quote(goal.Text), FieldName(fieldNames, goal.ActionFieldId)));
            }
        }

        AddRatings(f, points, ratings, RatingKind.Red, ContentTexts.PointRed, ContentTexts.PointRedMissed);
        foreach (var goal in report.Goals)
        {
            if (goal.Grade == CoverageGrade.PartlyCovered)
            {
                points.Add(f.F(ContentTexts.PointPartly, f.Quote(goal.Text), FieldName(fieldNames, goal.ActionFieldId), Criteria(f, goal.MissingCriteria)));
            }
        }

        AddRatings(f, points, ratings, RatingKind.Yellow, ContentTexts.PointYellow, ContentTexts.PointYellowMissed);
        foreach (var measure in index.Plan.Measures)
        {
            if (measure.Period?.End is { } end && end < report.EvaluationDate && measure.Status is not (MeasureStatus.Completed or MeasureStatus.Cancelled))
            {
                points.Add(f.F(ContentTexts.PointOverdue, f.Quote(measure.Name), f.Date(end)));
            }
        }

        if (points.Count == 0)
        {
            return [f.L(ContentTexts.NoOpenPoints)];
        }

        if (points.Count > Shown)
        {
            var more = points.Count - (Shown - 1);
            points.RemoveRange(Shown - 1, points.Count - (Shown - 1));
            points.Add(f.F(ContentTexts.MorePoints, ContentFormat.Count(more)));
        }

        return points;
    }

    public static string Criteria(ContentFormat f, ValueList<MissingCriterion> criteria)
    {
        var parts = new string[criteria.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = f.L(ContentTexts.Criterion(criteria[i]));
        }

        return string.Join(", ", parts);
    }

    private static void AddRatings(ContentFormat f, List<string> points, List<IndicatorRating> ratings, RatingKind kind, Localization.LocalizedText template, Localization.LocalizedText missed)
    {
        foreach (var rating in ratings)
        {
            if (rating.Kind == kind && rating.Latest is { Value: { } value } latest && rating.Planned is { } planned)
            {
                var unit = rating.Indicator.Unit;
                points.Add(f.F(rating.TargetReached == false ? missed : template, f.Quote(rating.Indicator.Name), f.ValueAt(value, unit, latest.Date), IndicatorSection.PlannedText(f, rating.Indicator, planned)));
            }
        }
    }

    private static string FieldName(Dictionary<ElementId<ActionField>, string> names, ElementId<ActionField> id)
        => names.TryGetValue(id, out var name) ? name : id.Value;
}
