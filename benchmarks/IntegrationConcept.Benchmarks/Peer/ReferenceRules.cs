using IntegrationConcept.Model;

namespace IntegrationConcept.Benchmarks.Peer;

/// <summary>
/// The core coverage rules written out in plain C# over the same joined facts: the oracle that the RulesEngine
/// workflows are cross-checked against (and that documents what the workflow expressions mean).
/// </summary>
public static class ReferenceRules
{
    /// <summary>Evaluates the rules for one plan.</summary>
    public static PeerCounts Evaluate(CityConcept concept, DistrictPlan plan)
    {
        var facts = PlanFacts.Build(concept, plan);
        int uncovered = 0, partly = 0, goalsWithoutMeasure = 0, noCarrier = 0, noPeriod = 0, noBaseline = 0, noTarget = 0, noSource = 0;
        foreach (var goal in facts.CityGoals)
        {
            if (goal.IsOutOfScope)
            {
                continue;
            }

            if (goal.Refiners.Count == 0)
            {
                uncovered++;
            }
            else if (!goal.Refiners.Exists(IsOperational))
            {
                partly++;
            }
        }

        foreach (var goal in facts.DistrictGoals)
        {
            goalsWithoutMeasure += goal.Measures.Count == 0 ? 1 : 0;
        }

        foreach (var measure in plan.Measures)
        {
            noCarrier += measure.HasCarrier ? 0 : 1;
            noPeriod += measure.Period is null ? 1 : 0;
        }

        foreach (var indicator in plan.Indicators)
        {
            noBaseline += indicator.Baseline is null ? 1 : 0;
            noTarget += indicator.Targets.Count == 0 ? 1 : 0;
            noSource += string.IsNullOrWhiteSpace(indicator.DataSource) ? 1 : 0;
        }

        return new PeerCounts(uncovered, partly, goalsWithoutMeasure, noCarrier, noPeriod, noBaseline, noTarget, noSource);
    }

    /// <summary>A district goal covers operationally when one of its measures that is not cancelled has a carrier and
    /// a period, and one of its indicators (its own or any measure's, cancelled or not) has a baseline and a target.</summary>
    public static bool IsOperational(DistrictGoalFacts goal)
        => goal.Measures.Exists(m => m.Measure.Status != MeasureStatus.Cancelled && m.Measure.HasCarrier && m.Measure.Period is not null)
           && (goal.Indicators.Exists(IsMeasurable) || goal.Measures.Exists(m => m.Indicators.Exists(IsMeasurable)));

    private static bool IsMeasurable(Indicator indicator) => indicator.Baseline is not null && indicator.Targets.Count > 0;
}
