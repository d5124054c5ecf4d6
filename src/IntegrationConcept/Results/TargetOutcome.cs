using System;
using IntegrationConcept.Model;
using NodaTime;

namespace IntegrationConcept.Results;

/// <summary>
/// Whether a quantitative or percentage indicator reached its final target once the target date has passed.
/// </summary>
/// <remarks>
/// The final target is the latest-dated target with a value; its date has passed when it lies before the
/// evaluation date (on the target date itself the traffic light still applies). The measurement compared is the latest one with a value dated on or before the evaluation date.
/// Increase: reached when the measurement is at least the target; Decrease: at most the target; Maintain: within
/// the tolerance (in percent of the target's size; exactly the target when that is zero).
/// </remarks>
internal readonly record struct TargetOutcome(bool Reached, DataPoint Target, DataPoint Measured)
{
    public static DataPoint? FinalTarget(Indicator indicator)
    {
        DataPoint? final = null;
        foreach (var target in indicator.Targets)
        {
            if (target.Value is not null && (final is not { } found || target.Date >= found.Date))
            {
                final = target;
            }
        }

        return final;
    }

    /// <summary>Whether the final target's date has passed at the date: then the traffic light gives way to reached or missed.</summary>
    public static bool IsDue(Indicator indicator, LocalDate evaluationDate)
        => !indicator.IsQualitative && FinalTarget(indicator) is { } target && target.Date < evaluationDate;

    public static TargetOutcome? Evaluate(Indicator indicator, LocalDate evaluationDate, decimal maintainTolerancePercent)
    {
        if (indicator.IsQualitative || FinalTarget(indicator) is not { Value: { } targetValue } target || target.Date >= evaluationDate)
        {
            return null;
        }

        DataPoint? measured = null;
        foreach (var point in indicator.Measurements)
        {
            if (point.Value is not null && point.Date <= evaluationDate && (measured is not { } found || point.Date >= found.Date))
            {
                measured = point;
            }
        }

        if (measured is not { Value: { } value } latest)
        {
            return null;
        }

        var reached = indicator.Direction switch
        {
            IndicatorDirection.Increase => value >= targetValue,
            IndicatorDirection.Decrease => value <= targetValue,
            _ => Math.Abs(value - targetValue) <= Math.Abs(targetValue) * maintainTolerancePercent / 100m,
        };
        return new TargetOutcome(reached, target, latest);
    }
}
