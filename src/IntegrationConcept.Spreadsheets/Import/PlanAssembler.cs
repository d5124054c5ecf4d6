using System.Collections.Generic;
using System.Linq;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Validation;
using IntegrationConcept.Spreadsheets.Reading;

namespace IntegrationConcept.Spreadsheets.Import;

/// <summary>
/// Turns the read sheets into a district plan: every sheet's rows are read and every problem collected; only when
/// there is none is the plan built, and the model's own validation problems are reported at their rows too.
/// </summary>
internal static class PlanAssembler
{
    public static DistrictPlan? Assemble(
        Dictionary<SheetKind, RawSheet> sheets, SpreadsheetMapping mapping, string title, District district, ConceptReference concept, List<SpreadsheetProblem> problems)
    {
        SheetView? View(SheetKind kind) => sheets.TryGetValue(kind, out var sheet) ? new SheetView(sheet, mapping[kind], mapping.NumberFormat, problems) : null;

        var rows = new ElementRows();
        var actorView = View(SheetKind.Actors);
        var actors = actorView is null ? [] : rows.Actors(actorView);
        var goalView = View(SheetKind.Goals);
        var goals = goalView is null ? [] : rows.Goals(goalView);
        var indicatorView = View(SheetKind.Indicators);
        var indicators = indicatorView is null ? [] : IndicatorRows.Read(indicatorView, rows);
        var measurementView = View(SheetKind.Measurements);
        if (measurementView is not null)
        {
            IndicatorRows.AddMeasurements(measurementView, indicators);
        }

        var measureView = View(SheetKind.Measures);
        var measures = measureView is null ? [] : MeasureRows.Read(measureView, rows, actors, createActors: actorView is null);
        foreach (var actor in actors.Where(a => !rows.TryPlace(ElementKind.Actor, a.Id.Value, out _, out _)))
        {
            // Actors created from the names in the measure list have their measure as their place.
            var first = measures.First(m => m.Participations.Any(p => p.ActorId == actor.Id));
            rows.TryPlace(ElementKind.Measure, first.Id.Value, out var view, out var row);
            rows.Register(ElementKind.Actor, actor.Id.Value, view!, row!, "id");
        }

        if (problems.Count > 0)
        {
            return null;
        }

        try
        {
            return new DistrictPlan(title, district, concept, null, null, goals, measures, actors, null, null, indicators);
        }
        catch (ModelValidationException e)
        {
            ModelProblemRows.Report(e, rows, sheets, problems);
            return null;
        }
    }
}
