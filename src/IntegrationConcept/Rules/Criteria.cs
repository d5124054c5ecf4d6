using System;
using System.Collections.Generic;
using System.Numerics;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules;

/// <summary>What a district goal has, as bits; the missing criteria follow from it.</summary>
[Flags]
internal enum Criteria : ushort
{
    None = 0,
    Measure = 1,
    Carrier = 2,
    Period = 4,
    CarrierAndPeriod = 8,
    Indicator = 16,
    Baseline = 32,
    Target = 64,
    BaselineAndTarget = 128,

    // A measure serves the goal that is not cancelled; carrier and period count only for such measures.
    ActiveMeasure = 256,
}

internal static class CriteriaExtensions
{
    public static bool IsOperational(this Criteria has)
        => (has & Criteria.CarrierAndPeriod) != 0 && (has & Criteria.BaselineAndTarget) != 0;

    public static List<MissingCriterion> Missing(this Criteria has)
    {
        var missing = new List<MissingCriterion>(4);
        if ((has & Criteria.Measure) == 0)
        {
            missing.Add(MissingCriterion.Measure);
        }
        else if ((has & Criteria.ActiveMeasure) == 0)
        {
            missing.Add(MissingCriterion.ActiveMeasure);
        }
        else if ((has & Criteria.CarrierAndPeriod) == 0)
        {
            var carrier = (has & Criteria.Carrier) != 0;
            var period = (has & Criteria.Period) != 0;
            if (!carrier)
            {
                missing.Add(MissingCriterion.Carrier);
            }

            if (!period)
            {
                missing.Add(MissingCriterion.Period);
            }

            if (carrier && period)
            {
                missing.Add(MissingCriterion.CarrierAndPeriod);
            }
        }

        if ((has & Criteria.Indicator) == 0)
        {
            missing.Add(MissingCriterion.Indicator);
        }
        else if ((has & Criteria.BaselineAndTarget) == 0)
        {
            var baseline = (has & Criteria.Baseline) != 0;
            var target = (has & Criteria.Target) != 0;
            if (!baseline)
            {
                missing.Add(MissingCriterion.Baseline);
            }

            if (!target)
            {
                missing.Add(MissingCriterion.Target);
            }

            if (baseline && target)
            {
                missing.Add(MissingCriterion.BaselineAndTarget);
            }
        }

        return missing;
    }

    /// <summary>A distance from operational: how many of the two main criteria groups fail, then the number of bits lacking.</summary>
    public static int Distance(this Criteria has) => BitOperations.PopCount((uint)(~(ushort)has & 0x1FF));
}
