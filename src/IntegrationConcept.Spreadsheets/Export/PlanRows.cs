using System.Collections.Generic;
using System.Linq;
using IntegrationConcept.Model;
using IntegrationConcept.Spreadsheets.Import;

namespace IntegrationConcept.Spreadsheets.Export;

/// <summary>The rows of each sheet for a plan, in the column order of <see cref="MappingFields"/>.</summary>
internal static class PlanRows
{
    public static List<object?[]> Of(SheetKind kind, DistrictPlan plan) => kind switch
    {
        SheetKind.Goals => plan.Goals.Select(g => new object?[]
        {
            g.Id.Value, g.Text, Join(g.RefinedGoalIds.Select(i => i.Value)), g.ActionFieldId?.Value, Join(g.IndicatorIds.Select(i => i.Value)),
        }).ToList(),
        SheetKind.Measures => plan.Measures.Select(m => new object?[]
        {
            m.Id.Value, m.Name, m.Description, Actors(m, ParticipationRole.Carrier), Actors(m, ParticipationRole.Partner),
            Actors(m, ParticipationRole.Funder), Actors(m, ParticipationRole.Participant), Join(m.GoalIds.Select(i => i.Value)),
            Choices.Label(Choices.Status, m.Status), m.Period?.Start, m.Period?.End, Join(m.IndicatorIds.Select(i => i.Value)),
        }).ToList(),
        SheetKind.Indicators => plan.Indicators.Select(i => new object?[]
        {
            i.Id.Value, i.Name, Choices.Label(Choices.MeasureTypes, i.MeasureType), Choices.Label(Choices.Directions, i.Direction),
            i.Unit, i.Definition, i.DataSource, i.Baseline?.Date, i.Baseline?.Value,
            i.Targets.Count > 0 ? i.Targets[0].Date : null, i.Targets.Count > 0 ? i.Targets[0].Value : null,
        }).ToList(),
        SheetKind.Measurements => plan.Indicators.SelectMany(i =>
            i.Targets.Skip(1).Select(t => Point(i, "Zielwert", t)).Concat(i.Measurements.Select(m => Point(i, "Messwert", m)))).ToList(),
        _ => plan.Actors.Select(a => new object?[] { a.Id.Value, a.Name, Choices.Label(Choices.ActorKinds, a.Kind) }).ToList(),
    };

    private static object?[] Point(Indicator indicator, string kind, DataPoint point)
        => [indicator.Id.Value, kind, point.Date, point.Value, point.Comment];

    private static string Actors(Measure measure, ParticipationRole role)
        => Join(measure.Participations.Where(p => p.Role == role).Select(p => p.ActorId.Value));

    private static string Join(IEnumerable<string> values) => string.Join("; ", values);
}
