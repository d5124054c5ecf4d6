using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules;

/// <summary>
/// Grades every city goal (covered, partly covered, uncovered, out of scope; a goal takes the best grade of its
/// sub-goals), then the action fields and principles, with the reasons for each goal's grade. Linear in both documents.
/// </summary>
internal sealed class Grading
{
    public Grading(ConceptIndex index, PlanIndex plan, RefinerIndex refiners, ScopeDeclarations scope)
    {
        var concept = index.Concept;
        var n = concept.Goals.Count;
        var grade = new CoverageGrade[n];
        var best = new int[n];
        var through = new int[n];
        GradeDirectly(plan, refiners, scope, grade, best, through);
        TakeBestOfSubGoals(index, grade, best, through);

        var coverages = new GoalCoverage[n];
        var reasons = new ValueList<LocalizedMessage>[n];
        var fieldCounts = new int[concept.ActionFields.Count, 4];
        for (var i = 0; i < n; i++)
        {
            var goal = concept.Goals[i];
            var missing = grade[i] == CoverageGrade.PartlyCovered ? plan.GoalHas[best[i]].Missing() : null;
            reasons[i] = GradingReasons.For(grade[i], missing, best[i] >= 0 ? plan.Plan.Goals[best[i]] : null, through[i] >= 0 ? concept.Goals[through[i]] : null);
            coverages[i] = new GoalCoverage(goal.Id, goal.ActionFieldId, goal.Text, grade[i], RefinerIds(refiners, i), missing, scope.Goals[i]);
            var field = index.GoalActionField[i];
            if (field >= 0)
            {
                fieldCounts[field, (int)grade[i]]++;
            }
        }

        Goals = coverages;
        GoalReasons = reasons;
        ActionFields = ActionFieldGrading.Grade(concept, scope, fieldCounts);
        Principles = PrincipleGrading.Grade(index, plan.Plan, scope);
    }

    /// <summary>Per city goal, in concept order: its coverage.</summary>
    public GoalCoverage[] Goals { get; }

    /// <summary>Per city goal, in concept order: why it has its grade.</summary>
    public ValueList<LocalizedMessage>[] GoalReasons { get; }

    /// <summary>Per action field, in concept order: its coverage.</summary>
    public ActionFieldCoverage[] ActionFields { get; }

    /// <summary>Per principle, in concept order: its coverage.</summary>
    public PrincipleCoverage[] Principles { get; }

    private static void GradeDirectly(PlanIndex plan, RefinerIndex refiners, ScopeDeclarations scope, CoverageGrade[] grade, int[] best, int[] through)
    {
        for (var i = 0; i < grade.Length; i++)
        {
            best[i] = -1;
            through[i] = -1;
            if (scope.Goals[i] is not null)
            {
                grade[i] = CoverageGrade.OutOfScope;
                continue;
            }

            grade[i] = CoverageGrade.Uncovered;
            var bestDistance = int.MaxValue;
            for (var k = refiners.Offsets[i]; k < refiners.Offsets[i + 1]; k++)
            {
                var d = refiners.RefinerPositions[k];
                var has = plan.GoalHas[d];
                if (has.IsOperational())
                {
                    grade[i] = CoverageGrade.Covered;
                    best[i] = d;
                    break;
                }

                grade[i] = CoverageGrade.PartlyCovered;
                var distance = has.Distance();
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best[i] = d;
                }
            }
        }
    }

    private static void TakeBestOfSubGoals(ConceptIndex index, CoverageGrade[] grade, int[] best, int[] through)
    {
        // Visit sub-goals before their parents.
        foreach (var i in index.GoalsBottomUp)
        {
            var parent = index.GoalParent[i];
            if (parent >= 0 && grade[i] != CoverageGrade.OutOfScope && grade[parent] != CoverageGrade.OutOfScope && grade[i] < grade[parent])
            {
                grade[parent] = grade[i];
                best[parent] = best[i];
                through[parent] = through[i] >= 0 ? through[i] : i;
            }
        }
    }

    private static ElementId<DistrictGoal>[]? RefinerIds(RefinerIndex refiners, int goal)
    {
        var start = refiners.Offsets[goal];
        var count = refiners.Offsets[goal + 1] - start;
        if (count == 0)
        {
            return null;
        }

        var ids = new ElementId<DistrictGoal>[count];
        for (var k = 0; k < ids.Length; k++)
        {
            ids[k] = refiners.Refiners[start + k].Id;
        }

        return ids;
    }
}
