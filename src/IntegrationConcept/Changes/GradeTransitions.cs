using IntegrationConcept.Results;

namespace IntegrationConcept.Changes;

/// <summary>Classifies a pair of grades as a <see cref="GradeTransition"/>.</summary>
public static class GradeTransitions
{
    /// <summary>Classifies the grades of one element in two checks.</summary>
    /// <param name="before">The grade in the earlier check, or <see langword="null"/> when that check does not have the element.</param>
    /// <param name="after">The grade in the later check, or <see langword="null"/> when that check does not have the element.</param>
    /// <returns>The transition; <see cref="GradeTransition.Unchanged"/> when neither check has the element.</returns>
    public static GradeTransition Of(CoverageGrade? before, CoverageGrade? after)
    {
        if (before is not { } from)
        {
            return after is null ? GradeTransition.Unchanged : GradeTransition.Added;
        }

        if (after is not { } to)
        {
            return GradeTransition.Removed;
        }

        if (from == to)
        {
            return GradeTransition.Unchanged;
        }

        if (from == CoverageGrade.OutOfScope)
        {
            return GradeTransition.NewlyInScope;
        }

        if (to == CoverageGrade.OutOfScope)
        {
            return GradeTransition.NewlyOutOfScope;
        }

        // Covered < PartlyCovered < Uncovered in the enum: a smaller value is a better grade.
        return to < from ? GradeTransition.Improved : GradeTransition.Worsened;
    }
}
