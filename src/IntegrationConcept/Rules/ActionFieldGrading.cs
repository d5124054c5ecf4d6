using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules;

/// <summary>
/// Grades the action fields from the grades of their goals: out of scope when declared or when all its goals are;
/// covered when every goal in scope is; partly covered when one is covered or partly covered; uncovered otherwise.
/// </summary>
internal static class ActionFieldGrading
{
    /// <param name="concept">The concept.</param>
    /// <param name="scope">The out-of-scope declarations.</param>
    /// <param name="counts">Per action field and grade: how many of its goals have that grade.</param>
    public static ActionFieldCoverage[] Grade(CityConcept concept, ScopeDeclarations scope, int[,] counts)
    {
        var fields = new ActionFieldCoverage[concept.ActionFields.Count];
        for (var f = 0; f < fields.Length; f++)
        {
            var field = concept.ActionFields[f];
            var tally = new CoverageCounts(counts[f, 0], counts[f, 1], counts[f, 2], counts[f, 3]);
            CoverageGrade grade;
            if (scope.ActionFields[f] is not null || (tally.Total > 0 && tally.InScope == 0))
            {
                grade = CoverageGrade.OutOfScope;
            }
            else if (tally.InScope > 0 && tally.Covered == tally.InScope)
            {
                grade = CoverageGrade.Covered;
            }
            else if (tally.Covered + tally.PartlyCovered > 0)
            {
                grade = CoverageGrade.PartlyCovered;
            }
            else
            {
                grade = CoverageGrade.Uncovered;
            }

            fields[f] = new ActionFieldCoverage(field.Id, field.Name, field.EnglishName, grade, tally);
        }

        return fields;
    }
}
