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
internal sealed record IndicatorRating(Indicator Indicator, RatingKind Kind, DataPoint? Latest, decimal? Planned, decimal? DeviationPercent)
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

        if (IndicatorTrack.Evaluate(indicator, evaluationDate, yellow, red) is not { } track)
        {
            return new(indicator, RatingKind.NotMeasured, latest, null, null);
        }

        var kind = track.Light switch
        {
            TrafficLight.Green => RatingKind.Green,
            TrafficLight.Yellow => RatingKind.Yellow,
            _ => RatingKind.Red,
        };
        return new(indicator, kind, track.Measured, track.Planned, track.DeviationPercent);
    }

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
            if (usable && point.Date <= date && (latest is null || point.Date >= latest.Date))
            {
                latest = point;
            }
        }

        return latest;
    }
}
