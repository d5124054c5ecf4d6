using IntegrationConcept.Model;
using IntegrationConcept.Results;
using NodaTime;

namespace IntegrationConcept.Rendering.Content;

/// <summary>How an indicator stands at the evaluation date, for the indicator table and the summary.</summary>
internal enum RatingKind
{
    Green,
    Yellow,
    Red,
    NotMeasured,
    Qualitative,
    NotRatable,
}

/// <summary>An indicator's rating: its light (or why it has none), the latest measurement and the planned value.</summary>
/// <remarks>
/// Once the final target date has passed (as the rules IC4005 and IC4006 see it), the latest measurement is compared
/// with the final target itself and <see cref="TargetReached"/> says whether it was reached; before that it is null.
/// </remarks>
internal sealed record IndicatorRating(Indicator Indicator, RatingKind Kind, DataPoint? Latest, decimal? Planned, decimal? DeviationPercent, bool? TargetReached = null)
{
    public static IndicatorRating Of(Indicator indicator, LocalDate evaluationDate, decimal yellow, decimal red)
    {
        var latest = LatestMeasurement(indicator, evaluationDate);
        if (indicator.IsQualitative)
        {
            return new(indicator, RatingKind.Qualitative, latest, null, null);
        }

        if (indicator.Baseline?.Value is null || !HasTargetValue(indicator))
        {
            return new(indicator, RatingKind.NotRatable, latest, null, null);
        }

        // The maintain tolerance of the target outcome is the yellow tolerance, as in the rules.
        if (TargetOutcome.Evaluate(indicator, evaluationDate, yellow) is { } outcome
            && IndicatorTrack.AgainstFinalTarget(indicator, outcome, yellow, red) is { } due)
        {
            return new(indicator, KindOf(due.Light), due.Measured, due.Planned, due.DeviationPercent, outcome.Reached);
        }

        if (IndicatorTrack.Evaluate(indicator, evaluationDate, yellow, red) is not { } track)
        {
            return new(indicator, RatingKind.NotMeasured, latest, null, null);
        }

        return new(indicator, KindOf(track.Light), track.Measured, track.Planned, track.DeviationPercent);
    }

    private static RatingKind KindOf(TrafficLight light) => light switch
    {
        TrafficLight.Green => RatingKind.Green,
        TrafficLight.Yellow => RatingKind.Yellow,
        _ => RatingKind.Red,
    };

    private static bool HasTargetValue(Indicator indicator)
    {
        foreach (var target in indicator.Targets)
        {
            if (target.Value is not null)
            {
                return true;
            }
        }

        return false;
    }

    // The latest measurement on or before the date; for a qualitative indicator one with a comment counts.
    private static DataPoint? LatestMeasurement(Indicator indicator, LocalDate date)
    {
        DataPoint? latest = null;
        foreach (var point in indicator.Measurements)
        {
            var usable = indicator.IsQualitative ? point.Value is not null || point.Comment is not null : point.Value is not null;
            if (usable && point.Date <= date && (latest is not { } found || point.Date >= found.Date))
            {
                latest = point;
            }
        }

        return latest;
    }
}
