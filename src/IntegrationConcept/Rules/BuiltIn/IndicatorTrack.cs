using System;
using IntegrationConcept.Model;
using NodaTime;

namespace IntegrationConcept.Rules.BuiltIn;

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

        DataPoint? measured = null;
        foreach (var point in indicator.Measurements)
        {
            if (point.Value is not null && point.Date <= evaluationDate && point.Date >= baseline.Date && (measured is null || point.Date >= measured.Date))
            {
                measured = point;
            }
        }

        if (measured is null)
        {
            return null;
        }

        var previous = baseline;
        DataPoint? next = null;
        DataPoint? last = null;
        foreach (var target in indicator.Targets)
        {
            if (target.Value is null)
            {
                continue;
            }

            if (last is null || target.Date >= last.Date)
            {
                last = target;
            }

            if (target.Date <= measured.Date && target.Date >= previous.Date)
            {
                previous = target;
            }
            else if (target.Date > measured.Date && (next is null || target.Date < next.Date))
            {
                next = target;
            }
        }

        if (last is null)
        {
            return null;
        }

        var actual = measured.Value!.Value;
        var from = previous.Value!.Value;
        decimal planned;
        if (next is null)
        {
            planned = from;
        }
        else
        {
            var total = Period.DaysBetween(previous.Date, next.Date);
            var elapsed = Period.DaysBetween(previous.Date, measured.Date);
            planned = total == 0 ? next.Value!.Value : from + ((next.Value!.Value - from) * elapsed / total);
        }

        var reference = next ?? (ReferenceEquals(previous, baseline) ? last : previous);
        var change = Math.Abs(reference.Value!.Value - baselineValue);
        if (change == 0)
        {
            change = Math.Abs(baselineValue) == 0 ? 1 : Math.Abs(baselineValue);
        }

        var shortfall = indicator.Direction switch
        {
            IndicatorDirection.Increase => planned - actual,
            IndicatorDirection.Decrease => actual - planned,
            _ => Math.Abs(actual - planned),
        };
        var deviation = shortfall <= 0 ? 0 : Math.Round(shortfall * 100 / change, 1, MidpointRounding.AwayFromZero);
        var light = deviation > redTolerance ? TrafficLight.Red : deviation > yellowTolerance ? TrafficLight.Yellow : TrafficLight.Green;
        return new IndicatorTrack(light, baseline, reference, measured, Math.Round(planned, 2, MidpointRounding.AwayFromZero), deviation);
    }
}
