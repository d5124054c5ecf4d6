using System.Collections.Generic;
using System.Linq;
using IntegrationConcept.Model;
using IntegrationConcept.Spreadsheets.Reading;
using NodaTime;

namespace IntegrationConcept.Spreadsheets.Import;

/// <summary>Reads the indicator sheet (one baseline, one target) and the measurement sheet (measurements and further targets).</summary>
internal static class IndicatorRows
{
    public static List<Indicator> Read(SheetView view, ElementRows rows)
    {
        var indicators = new List<Indicator>();
        foreach (var row in view.DataRows)
        {
            var id = view.Required(row, "id");
            var name = view.Required(row, "name");
            var type = view.Choice(row, "measureType", Choices.MeasureTypes, required: true);
            var direction = view.Choice(row, "direction", Choices.Directions, required: true);
            var baseline = Point(view, row, "baselineDate", "baseline");
            var target = Point(view, row, "targetDate", "target");
            if (id is null || name is null || type is null || direction is null || !rows.Register(ElementKind.Indicator, id, view, row, "id"))
            {
                continue;
            }

            indicators.Add(new Indicator(
                new ElementId<Indicator>(id), name, type.Value, direction.Value, view.Text(row, "definition"), view.Text(row, "unit"),
                baseline, target is { } t ? [t] : null, null, view.Text(row, "source")));
        }

        return indicators;
    }

    public static void AddMeasurements(SheetView view, List<Indicator> indicators)
    {
        var added = new Dictionary<string, (List<DataPoint> Targets, List<DataPoint> Measurements)>();
        foreach (var row in view.DataRows)
        {
            var id = view.Required(row, "indicator");
            var isTarget = view.Choice(row, "kind", Choices.DataPointKinds, required: false) ?? false;
            var date = view.Date(row, "date");
            if (date is null && view.Text(row, "date") is null)
            {
                view.Problem(row, "date", SpreadsheetProblemCode.MissingValue);
            }

            var value = view.Number(row, "value");
            var comment = view.Text(row, "comment");
            if (id is null)
            {
                continue;
            }

            if (!indicators.Exists(i => i.Id.Value == id))
            {
                view.Problem(row, "indicator", SpreadsheetProblemCode.UnknownReference, id, "Indikator / indicator");
                continue;
            }

            if (date is { } d)
            {
                if (!added.TryGetValue(id, out var lists))
                {
                    lists = ([], []);
                    added[id] = lists;
                }

                (isTarget ? lists.Targets : lists.Measurements).Add(new DataPoint(d, value, comment));
            }
        }

        for (var i = 0; i < indicators.Count; i++)
        {
            if (added.TryGetValue(indicators[i].Id.Value, out var lists))
            {
                indicators[i] = indicators[i].WithTargets(indicators[i].Targets.Concat(lists.Targets)).WithMeasurements(lists.Measurements);
            }
        }
    }

    private static DataPoint? Point(SheetView view, RawRow row, string dateKey, string valueKey)
    {
        var date = view.Date(row, dateKey);
        var value = view.Number(row, valueKey);
        if (date is null && value is not null && view.Text(row, dateKey) is null)
        {
            view.Problem(row, dateKey, SpreadsheetProblemCode.MissingValue);
        }

        return date is LocalDate d ? new DataPoint(d, value) : null;
    }
}
