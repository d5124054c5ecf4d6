using System.Collections.Generic;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Validation;
using IntegrationConcept.Spreadsheets.Reading;

namespace IntegrationConcept.Spreadsheets.Import;

/// <summary>
/// Turns the read sheets into a city concept: action fields, goals and principles; every problem of every sheet is
/// collected, and only when there is none is the concept built (the model's own validation problems at their rows too).
/// </summary>
internal static class ConceptAssembler
{
    public static CityConcept? Assemble(
        Dictionary<SheetKind, RawSheet> sheets, SpreadsheetMapping mapping, string title, Municipality municipality, ConceptVersion version, List<SpreadsheetProblem> problems)
    {
        SheetView? View(SheetKind kind) => sheets.TryGetValue(kind, out var sheet) ? new SheetView(sheet, mapping[kind], mapping.NumberFormat, problems) : null;

        var rows = new ElementRows();
        var principleView = View(SheetKind.Principles);
        var principles = principleView is null ? [] : ConceptRows.Principles(principleView, rows);
        var fieldView = View(SheetKind.ActionFields);
        var fields = fieldView is null ? [] : ConceptRows.ActionFields(fieldView, rows);
        var goalView = View(SheetKind.CityGoals);
        var goals = goalView is null ? [] : ConceptRows.Goals(goalView, rows, fields);
        if (problems.Count > 0)
        {
            return null;
        }

        try
        {
            return new CityConcept(title, municipality, version, principles, fields, goals);
        }
        catch (ModelValidationException e)
        {
            ModelProblemRows.Report(e, rows, sheets, problems);
            return null;
        }
    }
}
