using System.Collections.Generic;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules;

/// <summary>Grades the principles: covered when a measure that is not cancelled applies it, out of scope when declared.</summary>
internal static class PrincipleGrading
{
    public static PrincipleCoverage[] Grade(ConceptIndex index, DistrictPlan plan, ScopeDeclarations scope)
    {
        var concept = index.Concept;
        var applying = new List<ElementId<Measure>>?[concept.Principles.Count];
        foreach (var measure in plan.Measures)
        {
            if (measure.Status == MeasureStatus.Cancelled)
            {
                continue; // a cancelled measure applies no principle
            }

            foreach (var id in measure.PrincipleIds)
            {
                if (index.Principles.TryGetValue(id, out var p))
                {
                    (applying[p] ??= new List<ElementId<Measure>>()).Add(measure.Id);
                }
            }
        }

        var principles = new PrincipleCoverage[applying.Length];
        for (var p = 0; p < principles.Length; p++)
        {
            var principle = concept.Principles[p];
            var grade = scope.Principles[p] is not null ? CoverageGrade.OutOfScope
                : applying[p] is not null ? CoverageGrade.Covered
                : CoverageGrade.Uncovered;
            principles[p] = new PrincipleCoverage(principle.Id, principle.Name, grade, applying[p]);
        }

        return principles;
    }
}
