using System.Collections.Generic;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;

namespace IntegrationConcept.Changes;

/// <summary>
/// What a concept update (Fortschreibung) changed — goals added, removed, reworded or moved between action fields,
/// principles added, removed or reworded — and what each district plan of a set must revisit because of it.
/// </summary>
/// <remarks>The goal changes are those of <see cref="ConceptChanges.Compare"/>, the computation the concept history uses.</remarks>
public sealed record ConceptUpdateImpact
{
    /// <summary>Creates an impact.</summary>
    /// <param name="goals">The goal changes.</param>
    /// <param name="principles">The principle changes.</param>
    /// <param name="plans">Per district plan, what it must revisit, in the order given.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="goals"/> is <see langword="null"/>.</exception>
    public ConceptUpdateImpact(ConceptChanges goals, IEnumerable<PrincipleChange>? principles = null, IEnumerable<PlanImpact>? plans = null)
    {
        Goals = Guard.NotNull(goals);
        Principles = principles.ToValueList();
        Plans = plans.ToValueList();
    }

    /// <summary>Gets the goal changes (with the two versions' labels).</summary>
    public ConceptChanges Goals { get; }

    /// <summary>Gets the principle changes.</summary>
    public ValueList<PrincipleChange> Principles { get; }

    /// <summary>Gets, per district plan, what it must revisit.</summary>
    public ValueList<PlanImpact> Plans { get; }

    /// <summary>Gets whether the update changed any goal or principle.</summary>
    public bool HasChanges => Goals.HasChanges || Principles.Count > 0;

    /// <summary>Compares two versions of a concept and finds what each plan must revisit; linear in the sizes of all inputs.</summary>
    /// <param name="before">The earlier version.</param>
    /// <param name="after">The later version.</param>
    /// <param name="plans">The district plans to assess; may be empty.</param>
    /// <returns>The impact.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="before"/> or <paramref name="after"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// var impact = ConceptUpdateImpact.Of(draft2011, adopted2011, new[] { ehrangQuint });
    /// foreach (var revisit in impact.Plans[0].Goals) { /* revisit.DistrictGoalId, revisit.Action */ }
    /// </code>
    /// </example>
    public static ConceptUpdateImpact Of(CityConcept before, CityConcept after, IEnumerable<DistrictPlan>? plans = null)
    {
        Guard.NotNull(before);
        Guard.NotNull(after);
        var goals = ConceptChanges.Compare(before.Version.Label, before.Goals, after.Version.Label, after.Goals);
        var principles = PrincipleChange.Compare(before.Principles, after.Principles);
        var impacts = new List<PlanImpact>();
        if (plans is not null)
        {
            var byGoal = new Dictionary<ElementId<Goal>, List<GoalChange>>();
            foreach (var change in goals.Changes)
            {
                if (change.Kind != GoalChangeKind.Added)
                {
                    (byGoal.TryGetValue(change.GoalId, out var list) ? list : byGoal[change.GoalId] = new()).Add(change);
                }
            }

            var byPrinciple = new Dictionary<ElementId<Principle>, PrincipleChange>();
            foreach (var change in principles)
            {
                if (change.Kind != PrincipleChangeKind.Added)
                {
                    byPrinciple[change.PrincipleId] = change;
                }
            }

            foreach (var plan in plans)
            {
                impacts.Add(Assess(Guard.NotNull(plan), byGoal, byPrinciple));
            }
        }

        return new ConceptUpdateImpact(goals, principles, impacts);
    }

    private static PlanImpact Assess(
        DistrictPlan plan, Dictionary<ElementId<Goal>, List<GoalChange>> byGoal, Dictionary<ElementId<Principle>, PrincipleChange> byPrinciple)
    {
        var goals = new List<DistrictGoalRevisit>();
        foreach (var goal in plan.Goals)
        {
            foreach (var refined in goal.RefinedGoalIds)
            {
                if (byGoal.TryGetValue(refined, out var changes))
                {
                    foreach (var change in changes)
                    {
                        goals.Add(new DistrictGoalRevisit(goal.Id, goal.Text, change));
                    }
                }
            }
        }

        var measures = new List<MeasureRevisit>();
        foreach (var measure in plan.Measures)
        {
            foreach (var principle in measure.PrincipleIds)
            {
                if (byPrinciple.TryGetValue(principle, out var change))
                {
                    measures.Add(new MeasureRevisit(measure.Id, measure.Name, change));
                }
            }
        }

        return new PlanImpact(plan.District.Name, plan.Title, plan.Concept.VersionLabel, goals, measures);
    }
}
