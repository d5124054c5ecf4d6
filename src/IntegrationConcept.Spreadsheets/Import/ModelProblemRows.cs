using System.Collections.Generic;
using System.Linq;
using IntegrationConcept.Model.Validation;
using IntegrationConcept.Spreadsheets.Reading;

namespace IntegrationConcept.Spreadsheets.Import;

/// <summary>Reports the model's own validation problems of an assembled plan or concept at the rows of their elements.</summary>
internal static class ModelProblemRows
{
    public static void Report(ModelValidationException exception, ElementRows rows, Dictionary<SheetKind, RawSheet> sheets, List<SpreadsheetProblem> problems)
    {
        foreach (var problem in exception.Problems)
        {
            if (rows.TryPlace(problem.Kind, problem.ElementId, out var view, out var row))
            {
                view!.Problem(row!, null, SpreadsheetProblemCode.InvalidPlan, problem.ElementId, problem.Message);
            }
            else
            {
                problems.Add(new SpreadsheetProblem(SpreadsheetProblemCode.InvalidPlan, sheets.Values.First().File, value: problem.ElementId, detail: problem.ToString()));
            }
        }
    }
}
