using IntegrationConcept.Model;

namespace IntegrationConcept.Benchmarks.Peer;

// The inputs the RulesEngine workflows see. RulesEngine evaluates one object per call, so the joins the rules
// need (which district goals refine a city goal, which measures serve a district goal, which indicators a measure
// has) are built in C# first, by PeerFacts.Build, inside the timed peer benchmark.

/// <summary>A city goal with the district goals that refine it.</summary>
public sealed class CityGoalFacts(Goal goal, bool isOutOfScope)
{
    /// <summary>Gets the city goal.</summary>
    public Goal Goal { get; } = goal;

    /// <summary>Gets whether the plan declares the goal (or its action field) out of scope.</summary>
    public bool IsOutOfScope { get; } = isOutOfScope;

    /// <summary>Gets the district goals that refine the goal or one of its sub-goals in scope (a goal takes the
    /// best coverage of its sub-goals).</summary>
    public List<DistrictGoalFacts> Refiners { get; } = [];

    /// <summary>Gets the sub-goals (goals whose parent this is).</summary>
    internal List<CityGoalFacts> Children { get; } = [];

    /// <summary>Gets the district goals that refine this goal itself.</summary>
    internal List<DistrictGoalFacts> OwnRefiners { get; } = [];
}

/// <summary>A district goal with its measures and own indicators.</summary>
public sealed class DistrictGoalFacts(DistrictGoal goal)
{
    /// <summary>Gets the district goal.</summary>
    public DistrictGoal Goal { get; } = goal;

    /// <summary>Gets the measures that serve the goal.</summary>
    public List<MeasureFacts> Measures { get; } = [];

    /// <summary>Gets the indicators that measure the goal directly.</summary>
    public List<Indicator> Indicators { get; } = [];
}

/// <summary>A measure with its indicators resolved.</summary>
public sealed class MeasureFacts(Measure measure)
{
    /// <summary>Gets the measure.</summary>
    public Measure Measure { get; } = measure;

    /// <summary>Gets the measure's indicators.</summary>
    public List<Indicator> Indicators { get; } = [];
}

/// <summary>The joined facts of one plan against one concept.</summary>
public sealed class PlanFacts
{
    /// <summary>Gets the facts per city goal.</summary>
    public List<CityGoalFacts> CityGoals { get; } = [];

    /// <summary>Gets the facts per district goal.</summary>
    public List<DistrictGoalFacts> DistrictGoals { get; } = [];

    /// <summary>Gets the facts per measure.</summary>
    public List<MeasureFacts> Measures { get; } = [];

    /// <summary>Joins a plan to a concept: linear, dictionaries only.</summary>
    public static PlanFacts Build(CityConcept concept, DistrictPlan plan)
    {
        var facts = new PlanFacts();
        var outOfScopeGoals = new HashSet<string>(StringComparer.Ordinal);
        var outOfScopeFields = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declaration in plan.OutOfScope)
        {
            if (declaration.Kind == ElementKind.Goal)
            {
                outOfScopeGoals.Add(declaration.ElementId);
            }
            else if (declaration.Kind == ElementKind.ActionField)
            {
                outOfScopeFields.Add(declaration.ElementId);
            }
        }

        var byCityGoal = new Dictionary<ElementId<Goal>, CityGoalFacts>(concept.Goals.Count);
        foreach (var goal in concept.Goals)
        {
            var cityGoal = new CityGoalFacts(goal, outOfScopeGoals.Contains(goal.Id.Value) || outOfScopeFields.Contains(goal.ActionFieldId.Value));
            facts.CityGoals.Add(cityGoal);
            byCityGoal.Add(goal.Id, cityGoal);
        }

        var byDistrictGoal = new Dictionary<ElementId<DistrictGoal>, DistrictGoalFacts>(plan.Goals.Count);
        foreach (var goal in plan.Goals)
        {
            var districtGoal = new DistrictGoalFacts(goal);
            foreach (var indicatorId in goal.IndicatorIds)
            {
                districtGoal.Indicators.Add(plan.Indicators[indicatorId]);
            }

            facts.DistrictGoals.Add(districtGoal);
            byDistrictGoal.Add(goal.Id, districtGoal);
            foreach (var refined in goal.RefinedGoalIds)
            {
                if (byCityGoal.TryGetValue(refined, out var cityGoal))
                {
                    cityGoal.OwnRefiners.Add(districtGoal);
                }
            }
        }

        foreach (var measure in plan.Measures)
        {
            var measureFacts = new MeasureFacts(measure);
            foreach (var indicatorId in measure.IndicatorIds)
            {
                measureFacts.Indicators.Add(plan.Indicators[indicatorId]);
            }

            facts.Measures.Add(measureFacts);
            foreach (var goalId in measure.GoalIds)
            {
                byDistrictGoal[goalId].Measures.Add(measureFacts);
            }
        }

        foreach (var goal in facts.CityGoals)
        {
            if (goal.Goal.ParentId is { } parent && byCityGoal.TryGetValue(parent, out var parentFacts))
            {
                parentFacts.Children.Add(goal);
            }
        }

        var done = new HashSet<CityGoalFacts>();
        foreach (var goal in facts.CityGoals)
        {
            Collect(goal, done);
        }

        return facts;
    }

    // Own refiners plus those of every sub-goal in scope, sub-goals first (the model guarantees no cycles).
    private static void Collect(CityGoalFacts goal, HashSet<CityGoalFacts> done)
    {
        if (!done.Add(goal))
        {
            return;
        }

        goal.Refiners.AddRange(goal.OwnRefiners);
        foreach (var child in goal.Children)
        {
            Collect(child, done);
            if (!child.IsOutOfScope)
            {
                goal.Refiners.AddRange(child.Refiners);
            }
        }
    }
}
