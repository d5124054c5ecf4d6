using System.Collections.Generic;
using IntegrationConcept.Model;

namespace IntegrationConcept.Spreadsheets.Import;

/// <summary>Reads the measure sheet: carriers and partners by actor id or name, goals, status, period, indicators.</summary>
internal static class MeasureRows
{
    private static readonly (string Key, ParticipationRole Role)[] Roles =
        [("carrier", ParticipationRole.Carrier), ("partners", ParticipationRole.Partner), ("funders", ParticipationRole.Funder), ("participants", ParticipationRole.Participant)];

    /// <summary>Reads the measures.</summary>
    /// <param name="view">The sheet.</param>
    /// <param name="rows">Where each element's row is recorded.</param>
    /// <param name="actors">The actors; when <paramref name="createActors"/>, unknown names are added as new actors.</param>
    /// <param name="createActors">Whether there was no actor sheet, so that actors come from the names in the measure list.</param>
    public static List<Measure> Read(SheetView view, ElementRows rows, List<Actor> actors, bool createActors)
    {
        var measures = new List<Measure>();
        foreach (var row in view.DataRows)
        {
            var id = view.Required(row, "id");
            var name = view.Required(row, "name");
            var description = view.Text(row, "description");
            var status = view.Choice(row, "status", Choices.Status, required: false) ?? MeasureStatus.Planned;
            var start = view.Date(row, "start");
            var end = view.Date(row, "end");
            if (start is null && end is not null && view.Text(row, "start") is null)
            {
                view.Problem(row, "start", SpreadsheetProblemCode.MissingValue);
            }

            var participations = new List<Participation>();
            foreach (var (key, role) in Roles)
            {
                foreach (var reference in view.List(row, key, commaSeparates: false))
                {
                    var actor = ElementRows.FindActor(actors, reference);
                    if (actor is null && createActors)
                    {
                        actor = new Actor(new ElementId<Actor>(Unique(actors, ElementRows.Slug(reference))), reference, ActorKind.Other);
                        actors.Add(actor);
                    }

                    if (actor is null)
                    {
                        view.Problem(row, key, SpreadsheetProblemCode.UnknownReference, reference, "Akteur / actor");
                        continue;
                    }

                    participations.Add(new Participation(actor.Id, role));
                }
            }

            var goals = view.List(row, "goals", commaSeparates: true).ConvertAll(g => new ElementId<DistrictGoal>(g));
            var indicators = view.List(row, "indicators", commaSeparates: true).ConvertAll(i => new ElementId<Indicator>(i));
            if (id is null || name is null || !rows.Register(ElementKind.Measure, id, view, row, "id"))
            {
                continue;
            }

            measures.Add(new Measure(
                new ElementId<Measure>(id), name, status, start is { } s ? new Timeframe(s, end) : null, participations,
                goalIds: goals, indicatorIds: indicators, description: description));
        }

        return measures;
    }

    private static string Unique(List<Actor> actors, string id)
    {
        var candidate = id;
        for (var n = 2; actors.Exists(a => a.Id.Value == candidate); n++)
        {
            candidate = id + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
