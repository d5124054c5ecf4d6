using IntegrationConcept.Model;

namespace IntegrationConcept.Rules;

/// <summary>
/// The district goals refining each city goal directly, city goal after city goal in concept order (one flat array
/// with offsets), with their positions in the plan. Built once per check, linear in the plan.
/// </summary>
internal sealed class RefinerIndex
{
    public RefinerIndex(ConceptIndex concept, DistrictPlan plan)
    {
        var cityGoals = concept.Goals;
        var counts = new int[concept.Concept.Goals.Count];
        var goals = plan.Goals;
        foreach (var goal in goals)
        {
            foreach (var refined in goal.RefinedGoalIds)
            {
                if (cityGoals.TryGetValue(refined, out var c))
                {
                    counts[c]++;
                }
            }
        }

        var offsets = new int[counts.Length + 1];
        for (var i = 0; i < counts.Length; i++)
        {
            offsets[i + 1] = offsets[i] + counts[i];
        }

        var items = new DistrictGoal[offsets[counts.Length]];
        var positions = new int[items.Length];
        var fill = (int[])offsets.Clone();
        for (var d = 0; d < goals.Count; d++)
        {
            foreach (var refined in goals[d].RefinedGoalIds)
            {
                if (cityGoals.TryGetValue(refined, out var c))
                {
                    positions[fill[c]] = d;
                    items[fill[c]++] = goals[d];
                }
            }
        }

        Offsets = offsets;
        Refiners = items;
        RefinerPositions = positions;
    }

    /// <summary>Per city goal: where its refiners start in <see cref="Refiners"/>; one more entry than city goals.</summary>
    public int[] Offsets { get; }

    /// <summary>The refining district goals, city goal after city goal.</summary>
    public DistrictGoal[] Refiners { get; }

    /// <summary>The plan position of each entry of <see cref="Refiners"/>.</summary>
    public int[] RefinerPositions { get; }
}
