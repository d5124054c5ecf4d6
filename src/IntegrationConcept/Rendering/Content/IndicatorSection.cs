using System;
using System.Collections.Generic;
using System.Text;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rendering.Content.ContentWriter;

namespace IntegrationConcept.Rendering.Content;

/// <summary>The chapter "Indikatoren": one row per indicator (green ones too) and a chart per quantitative indicator.</summary>
internal static class IndicatorSection
{
    public static void Write(ContentWriter writer, CoverageReport report, List<IndicatorRating> ratings, decimal yellow, decimal red)
    {
        var f = writer.Format;
        writer.Heading(2, f.L(IndicatorTexts.Indicators), "indikatoren");
        if (ratings.Count == 0)
        {
            writer.Paragraph(f.L(IndicatorTexts.None));
            return;
        }

        writer.Paragraph(f.F(IndicatorTexts.Tolerance, f.WholePercent(yellow), f.WholePercent(red)));
        var header = new[]
        {
            f.L(IndicatorTexts.Indicator), f.L(IndicatorTexts.Baseline), f.L(IndicatorTexts.Target), f.L(IndicatorTexts.Latest),
            f.L(IndicatorTexts.Planned), f.L(IndicatorTexts.Deviation), f.L(IndicatorTexts.Light),
        };
        var rows = new List<TableRow>(ratings.Count);
        foreach (var rating in ratings)
        {
            rows.Add(RowOf(f, rating));
        }

        writer.Table(f.L(IndicatorTexts.Table), header, rows);
        foreach (var rating in ratings)
        {
            if (ChartOf(f, rating.Indicator, report.EvaluationDate) is { } chart)
            {
                writer.Figure(f.F(IndicatorTexts.ChartTitle, rating.Indicator.Id.Value + " " + rating.Indicator.Name), Describe(f, rating.Indicator, chart), chart);
            }
        }
    }

    /// <summary>The planned value, rounded to the precision of the indicator's own values ("rund 17 %").</summary>
    public static string PlannedText(ContentFormat f, Indicator indicator, decimal planned)
    {
        var decimals = 0;
        foreach (var point in Points(indicator))
        {
            if (point.Value is { } value)
            {
                decimals = Math.Max(decimals, ContentFormat.Decimals(value));
            }
        }

        return f.Rounded(planned, decimals, indicator.Unit);
    }

    private static TableRow RowOf(ContentFormat f, IndicatorRating rating)
    {
        var indicator = rating.Indicator;
        var dash = f.L(ContentTexts.Dash);
        var name = indicator.Id.Value + " " + indicator.Name;
        var latest = rating.Latest is { } point ? PointText(f, indicator, point) : f.L(IndicatorTexts.NoMeasurement);
        var planned = rating.Planned is { } p ? PlannedText(f, indicator, p) : dash;
        var deviation = rating.Planned is { } plan && rating.Latest?.Value is { } actual ? DeviationText(f, indicator, actual, plan, rating.DeviationPercent ?? 0m) : dash;
        var (light, tone) = rating.Kind switch
        {
            RatingKind.Green when rating.TargetReached == true => (IndicatorTexts.GreenReached, ContentTone.Green),
            RatingKind.Green when rating.TargetReached == false => (IndicatorTexts.GreenMissed, ContentTone.Green),
            RatingKind.Yellow when rating.TargetReached == false => (IndicatorTexts.YellowMissed, ContentTone.Yellow),
            RatingKind.Red when rating.TargetReached == false => (IndicatorTexts.RedMissed, ContentTone.Red),
            RatingKind.Green => (IndicatorTexts.Green, ContentTone.Green),
            RatingKind.Yellow => (IndicatorTexts.Yellow, ContentTone.Yellow),
            RatingKind.Red => (IndicatorTexts.Red, ContentTone.Red),
            RatingKind.Qualitative => (IndicatorTexts.Qualitative, ContentTone.NoRating),
            RatingKind.NotMeasured => (IndicatorTexts.NotMeasured, ContentTone.NoRating),
            _ => (IndicatorTexts.NotRatable, ContentTone.NoRating),
        };
        return Row(
            Cell(name),
            Cell(indicator.Baseline is { } baseline ? PointText(f, indicator, baseline) : dash),
            Cell(Targets(f, indicator, dash)),
            Cell(latest),
            Cell(planned),
            Cell(deviation),
            Cell(f.L(light), tone));
    }

    private static string Targets(ContentFormat f, Indicator indicator, string dash)
    {
        var text = new StringBuilder();
        foreach (var target in indicator.Targets)
        {
            text.Append(text.Length > 0 ? "\n" : string.Empty).Append(PointText(f, indicator, target));
        }

        return text.Length == 0 ? dash : text.ToString();
    }

    private static string PointText(ContentFormat f, Indicator indicator, DataPoint point)
        => point.Value is { } value
            ? f.ValueAt(value, indicator.Unit, point.Date)
            : (point.Comment ?? f.L(ContentTexts.Dash)) + " (" + f.Date(point.Date) + ")";

    private static string DeviationText(ContentFormat f, Indicator indicator, decimal actual, decimal planned, decimal percent)
    {
        var difference = actual - planned;
        if (difference == 0)
        {
            return f.L(IndicatorTexts.AsPlanned);
        }

        var amount = PlannedText(f, indicator, Math.Abs(difference));
        var text = f.F(difference < 0 ? IndicatorTexts.Below : IndicatorTexts.Above, amount);
        return percent > 0 ? text + f.F(IndicatorTexts.OfChange, f.WholePercent(percent)) : text;
    }

    private static IEnumerable<DataPoint> Points(Indicator indicator)
    {
        if (indicator.Baseline is { } baseline)
        {
            yield return baseline;
        }

        foreach (var target in indicator.Targets)
        {
            yield return target;
        }

        foreach (var measurement in indicator.Measurements)
        {
            yield return measurement;
        }
    }

    private static IndicatorChart? ChartOf(ContentFormat f, Indicator indicator, NodaTime.LocalDate evaluationDate)
    {
        if (indicator.IsQualitative)
        {
            return null;
        }

        var planned = new List<(NodaTime.LocalDate, decimal)>();
        if (indicator.Baseline is { Value: { } b } baseline)
        {
            planned.Add((baseline.Date, b));
        }

        foreach (var target in indicator.Targets)
        {
            if (target.Value is { } t)
            {
                planned.Add((target.Date, t));
            }
        }

        var measured = new List<(NodaTime.LocalDate, decimal)>();
        foreach (var measurement in indicator.Measurements)
        {
            if (measurement.Value is { } m)
            {
                measured.Add((measurement.Date, m));
            }
        }

        if (planned.Count + measured.Count < 2)
        {
            return null;
        }

        planned.Sort((x, y) => x.Item1.CompareTo(y.Item1));
        measured.Sort((x, y) => x.Item1.CompareTo(y.Item1));
        var labels = new IndicatorChartLabels(f.L(IndicatorTexts.ChartPlanned), f.L(IndicatorTexts.ChartMeasured), f.L(IndicatorTexts.ChartDate));
        return new IndicatorChart(indicator.Unit ?? string.Empty, planned, measured, evaluationDate, labels, f.Culture);
    }

    private static string Describe(ContentFormat f, Indicator indicator, IndicatorChart chart)
    {
        static string Join(ContentFormat f, string? unit, IReadOnlyList<(NodaTime.LocalDate Date, decimal Value)> points, string none)
        {
            if (points.Count == 0)
            {
                return none;
            }

            var parts = new string[points.Count];
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = f.ValueAt(points[i].Value, unit, points[i].Date);
            }

            return string.Join(", ", parts);
        }

        var none = f.L(IndicatorTexts.NoMeasurements);
        return f.F(IndicatorTexts.ChartDescription, Join(f, indicator.Unit, chart.Planned, none), Join(f, indicator.Unit, chart.Measured, none), f.Date(chart.EvaluationDate));
    }
}
