using IntegrationConcept.Model;

namespace IntegrationConcept.Benchmarks.Data;

/// <summary>
/// Counts the model elements of a document, the unit that "ns per element" is measured in.
/// </summary>
/// <remarks>
/// What counts (each is one element): in a city concept every principle, action field, goal, approach and city
/// measure; in a district plan every observation, district goal, measure, participation (an actor in a role on a
/// measure), actor, body, target group, indicator, data point (baseline, each target, each measurement),
/// out-of-scope declaration and suppression. References (ids in lists), titles, the municipality, the district
/// and version records do not count.
/// </remarks>
public static class ElementCounter
{
    /// <summary>Counts the elements of a city concept.</summary>
    public static int Count(CityConcept concept)
        => concept.Principles.Count + concept.ActionFields.Count + concept.Goals.Count
           + concept.Approaches.Count + concept.Measures.Count;

    /// <summary>Counts the elements of a district plan.</summary>
    public static int Count(DistrictPlan plan)
    {
        var count = plan.Observations.Count + plan.Goals.Count + plan.Measures.Count + plan.Actors.Count
                    + plan.Bodies.Count + plan.TargetGroups.Count + plan.Indicators.Count
                    + plan.OutOfScope.Count + plan.Suppressions.Count;
        foreach (var measure in plan.Measures)
        {
            count += measure.Participations.Count;
        }

        foreach (var indicator in plan.Indicators)
        {
            count += (indicator.Baseline is null ? 0 : 1) + indicator.Targets.Count + indicator.Measurements.Count;
        }

        return count;
    }
}
