using System;
using IntegrationConcept.Model;
using NodaTime;

namespace IntegrationConcept.Results;

/// <summary>Traffic-light rating of an indicator's progress.</summary>
internal enum TrafficLight
{
    Green,
    Yellow,
    Red,
}

/// <summary>
/// Where a quantitative indicator stands against its planned path at an evaluation date.
/// </summary>
/// <remarks>
/// The measurement compared is the latest one with a value dated on or before the evaluation date and not before
/// the baseline. The planned path is the straight line between the last point (baseline or target) on or before
/// the measurement's date and the next target after it; after the last target, the plan is the last target.
/// The shortfall (behind the plan in the indicator's direction; for Maintain the distance either way) is measured
/// in percent of the planned change from the baseline to that target (for no planned change: of the baseline's
/// size, or in units when that is zero). Above the red tolerance the light is red, above the yellow one yellow.
/// </remarks>
internal readonly record struct IndicatorTrack(
    TrafficLight Light,
    DataPoint Baseline,
    DataPoint Target,
    DataPoint Measured,
    decimal Planned,
    decimal DeviationPercent)
{
    public static IndicatorTrack? Evaluate(Indicator indicator, LocalDate evaluationDate, decimal yellowTolerance, decimal redTolerance)
    {
        if (indicator.IsQualitative || indicator.Baseline is not { Value: { } baselineValue } baseline || indicator.Targets.Count == 0)
        {
            return null;
        }

        // Data points are values: "found" flags say which locals hold one (a default point is no point).
        var measured = default(DataPoint);
        var hasMeasured = false;
        foreach (var point in indicator.Measurements)
        {
            if (point.Value is not null && point.Date <= evaluationDate && point.Date >= baseline.Date && (!hasMeasured || point.Date >= measured.Date))
            {
                measured = point;
                hasMeasured = true;
            }
        }

        if (!hasMeasured)
        {
            return null;
        }

        var previous = baseline;
        var previousIsBaseline = true;
        var next = default(DataPoint);
        var hasNext = false;
        var last = default(DataPoint);
        var hasLast = false;
        foreach (var target in indicator.Targets)
        {
            if (target.Value is null)
            {
                continue;
            }

            if (!hasLast || target.Date >= last.Date)
            {
                last = target;
                hasLast = true;
            }

            if (target.Date <= measured.Date && target.Date >= previous.Date)
            {
                previous = target;
                previousIsBaseline = false;
            }
            else if (target.Date > measured.Date && (!hasNext || target.Date < next.Date))
            {
                next = target;
                hasNext = true;
            }
        }

        if (!hasLast)
        {
            return null;
        }

        var actual = measured.Value!.Value;
        var from = previous.Value!.Value;
        var reference = hasNext ? next : previousIsBaseline ? last : previous;
        var totalDays = hasNext ? Period.DaysBetween(previous.Date, next.Date) : (int?)null;
        var elapsed = Period.DaysBetween(previous.Date, measured.Date);
        decimal? nextValue = hasNext ? next.Value : null;
        decimal planned;
        decimal deviation;
        try
        {
            planned = PlannedValue(from, nextValue, elapsed, totalDays);
            deviation = Deviation(indicator.Direction, planned, actual, reference.Value!.Value, baselineValue);
        }
        catch (OverflowException)
        {
            // Values near the limits of decimal (about 7.9e28): the same straight line in double, clamped back.
            var plannedD = !hasNext || totalDays == 0
                ? (double)(nextValue ?? from)
                : (double)from + (((double)nextValue!.Value - (double)from) * elapsed / totalDays!.Value);
            planned = Clamp(plannedD);
            deviation = DeviationInDouble(indicator.Direction, plannedD, actual, reference.Value!.Value, baselineValue);
        }

        return new IndicatorTrack(LightOf(deviation, yellowTolerance, redTolerance), baseline, reference, measured, Math.Round(planned, 2, MidpointRounding.AwayFromZero), deviation);
    }

    /// <summary>
    /// Where an indicator stands once its final target date has passed: the measurement of <paramref name="outcome"/>
    /// against the final target itself (the end of the path), with the same tolerances. Null without a baseline value.
    /// </summary>
    public static IndicatorTrack? AgainstFinalTarget(Indicator indicator, TargetOutcome outcome, decimal yellowTolerance, decimal redTolerance)
    {
        if (indicator.Baseline is not { Value: { } baselineValue } baseline)
        {
            return null;
        }

        var target = outcome.Target.Value!.Value;
        var actual = outcome.Measured.Value!.Value;
        decimal deviation;
        try
        {
            deviation = Deviation(indicator.Direction, target, actual, target, baselineValue);
        }
        catch (OverflowException)
        {
            deviation = DeviationInDouble(indicator.Direction, (double)target, actual, target, baselineValue);
        }

        // A target reached counts as green whatever the path said (for Maintain, "reached" has its own tolerance).
        var light = outcome.Reached ? TrafficLight.Green : LightOf(deviation, yellowTolerance, redTolerance);
        return new IndicatorTrack(light, baseline, outcome.Target, outcome.Measured, target, outcome.Reached ? 0 : deviation);
    }

    private static TrafficLight LightOf(decimal deviation, decimal yellowTolerance, decimal redTolerance)
        => deviation > redTolerance ? TrafficLight.Red : deviation > yellowTolerance ? TrafficLight.Yellow : TrafficLight.Green;

    // The deviation for values near the limits of decimal, computed in double and clamped back.
    private static decimal DeviationInDouble(IndicatorDirection direction, double planned, decimal actual, decimal reference, decimal baselineValue)
    {
        var change = Math.Abs((double)reference - (double)baselineValue);
        if (change == 0)
        {
            change = baselineValue == 0 ? 1 : Math.Abs((double)baselineValue);
        }

        var shortfall = direction switch
        {
            IndicatorDirection.Increase => planned - (double)actual,
            IndicatorDirection.Decrease => (double)actual - planned,
            _ => Math.Abs((double)actual - planned),
        };
        return shortfall <= 0 ? 0 : Math.Round(Clamp(shortfall * 100 / change), 1, MidpointRounding.AwayFromZero);
    }

    private static decimal PlannedValue(decimal from, decimal? next, int elapsed, int? total)
        => next is not { } target ? from : total == 0 ? target : from + ((target - from) * elapsed / total!.Value);

    private static decimal Deviation(IndicatorDirection direction, decimal planned, decimal actual, decimal reference, decimal baselineValue)
    {
        var change = Math.Abs(reference - baselineValue);
        if (change == 0)
        {
            change = Math.Abs(baselineValue) == 0 ? 1 : Math.Abs(baselineValue);
        }

        var shortfall = direction switch
        {
            IndicatorDirection.Increase => planned - actual,
            IndicatorDirection.Decrease => actual - planned,
            _ => Math.Abs(actual - planned),
        };
        return shortfall <= 0 ? 0 : Math.Round(shortfall * 100 / change, 1, MidpointRounding.AwayFromZero);
    }

    // 7.9e28 is just below decimal.MaxValue; a double beyond it cannot be converted back.
    private static decimal Clamp(double value)
        => value >= 7.9e28 ? 79_000_000_000_000_000_000_000_000_000m : value <= -7.9e28 ? -79_000_000_000_000_000_000_000_000_000m : (decimal)value;
}
