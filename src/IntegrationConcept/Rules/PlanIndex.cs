using System.Collections.Generic;
using IntegrationConcept.Model;

namespace IntegrationConcept.Rules;

/// <summary>
/// Positions of a district plan's elements by id, the measures serving each district goal (one flat array with
/// offsets), and what each district goal has towards being operational. Built once per check, linear in the plan.
/// </summary>
internal sealed class PlanIndex
{
    private Dictionary<ElementId<Measure>, int>? _measures;

    public PlanIndex(DistrictPlan plan)
    {
        Plan = plan;
        Goals = Positions(plan.Goals);
        Indicators = Positions(plan.Indicators);
        IndicatorHas = IndicatorCriteria(plan.Indicators);
        BuildMeasureIndex();
    }

    public DistrictPlan Plan { get; }

    public Dictionary<ElementId<DistrictGoal>, int> Goals { get; }

    public Dictionary<ElementId<Indicator>, int> Indicators { get; }

    /// <summary>Gets the positions of the measures, built on first use (only references by measure need them).</summary>
    public Dictionary<ElementId<Measure>, int> Measures => _measures ??= Positions(Plan.Measures);

    /// <summary>Per indicator: what it has (baseline, target).</summary>
    public Criteria[] IndicatorHas { get; }

    /// <summary>Per district goal: what it has towards being operational.</summary>
    public Criteria[] GoalHas { get; private set; } = [];

    /// <summary>Per district goal: where its measures start in <see cref="MeasuresByGoal"/>; one more entry than goals.</summary>
    public int[] MeasureOffsets { get; private set; } = [];

    /// <summary>The measures serving each district goal, goal after goal, in plan order.</summary>
    public Measure[] MeasuresByGoal { get; private set; } = [];

    public static Dictionary<ElementId<T>, int> Positions<T>(ElementCollection<T> elements)
        where T : class, IElement<T>
    {
        var positions = new Dictionary<ElementId<T>, int>(elements.Count);
        for (var i = 0; i < elements.Count; i++)
        {
            positions.TryAdd(elements[i].Id, i);
        }

        return positions;
    }

    private static Criteria[] IndicatorCriteria(ElementCollection<Indicator> indicators)
    {
        var has = new Criteria[indicators.Count];
        for (var i = 0; i < has.Length; i++)
        {
            var indicator = indicators[i];
            var flags = Criteria.Indicator;
            var baseline = indicator.Baseline is not null;
            var target = indicator.Targets.Count > 0;
            if (baseline)
            {
                flags |= Criteria.Baseline;
            }

            if (target)
            {
                flags |= Criteria.Target;
            }

            if (baseline && target)
            {
                flags |= Criteria.BaselineAndTarget;
            }

            has[i] = flags;
        }

        return has;
    }

    private Criteria IndicatorsHave(ValueList<ElementId<Indicator>> ids)
    {
        var flags = Criteria.None;
        foreach (var id in ids)
        {
            if (Indicators.TryGetValue(id, out var position))
            {
                flags |= IndicatorHas[position];
            }
        }

        return flags;
    }

    private static Criteria MeasureHas(Measure measure, Criteria indicators)
    {
        // A cancelled measure still serves its goal on paper, but its carrier and period no longer make it operational.
        var active = measure.Status != MeasureStatus.Cancelled;
        var flags = Criteria.Measure | indicators | (active ? Criteria.ActiveMeasure : Criteria.None);
        var carrier = active && measure.HasCarrier;
        var period = active && measure.Period is not null;
        if (carrier)
        {
            flags |= Criteria.Carrier;
        }

        if (period)
        {
            flags |= Criteria.Period;
        }

        if (carrier && period)
        {
            flags |= Criteria.CarrierAndPeriod;
        }

        return flags;
    }

    private void BuildMeasureIndex()
    {
        var goals = Plan.Goals;
        var measures = Plan.Measures;
        var has = new Criteria[goals.Count];
        var counts = new int[goals.Count];
        for (var i = 0; i < goals.Count; i++)
        {
            has[i] = IndicatorsHave(goals[i].IndicatorIds);
        }

        // One flat array of served goal positions (measure by measure) instead of an array per measure.
        var refCount = 0;
        for (var m = 0; m < measures.Count; m++)
        {
            refCount += measures[m].GoalIds.Count;
        }

        var served = new int[refCount];
        var next = 0;
        for (var m = 0; m < measures.Count; m++)
        {
            var measure = measures[m];
            var flags = MeasureHas(measure, IndicatorsHave(measure.IndicatorIds));
            foreach (var goalId in measure.GoalIds)
            {
                var g = Goals.TryGetValue(goalId, out var position) ? position : -1;
                served[next++] = g;
                if (g >= 0)
                {
                    has[g] |= flags;
                    counts[g]++;
                }
            }
        }

        var offsets = new int[goals.Count + 1];
        for (var i = 0; i < goals.Count; i++)
        {
            offsets[i + 1] = offsets[i] + counts[i];
        }

        var items = new Measure[offsets[goals.Count]];
        var fill = (int[])offsets.Clone();
        next = 0;
        for (var m = 0; m < measures.Count; m++)
        {
            for (var k = 0; k < measures[m].GoalIds.Count; k++)
            {
                var g = served[next++];
                if (g >= 0)
                {
                    items[fill[g]++] = measures[m];
                }
            }
        }

        GoalHas = has;
        MeasureOffsets = offsets;
        MeasuresByGoal = items;
    }
}
