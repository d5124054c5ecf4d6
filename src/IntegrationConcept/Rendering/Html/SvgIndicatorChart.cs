using System;
using System.Collections.Generic;
using System.Text;
using IntegrationConcept.Localization;
using IntegrationConcept.Rendering.Content;
using NodaTime;
using static IntegrationConcept.Rendering.Html.SvgCharts;

namespace IntegrationConcept.Rendering.Html;

/// <summary>An indicator over time: the target path from the baseline through the targets (dashed), the measurements (points) and the evaluation date.</summary>
internal static class SvgIndicatorChart
{
    private const double Width = 680;
    private const double Height = 290;
    private const double Left = 70;
    private const double Right = 24;
    private const double Top = 44;
    private const double Bottom = 40;
    private const string PathColour = "#1f4e79";
    private const string PointColour = "#a34400";

    public static void Write(StringBuilder svg, IndicatorChart chart, string id)
    {
        var first = chart.EvaluationDate;
        var last = chart.EvaluationDate;
        var low = 0m;
        var high = 0m;
        foreach (var (date, value) in Points(chart))
        {
            first = date < first ? date : first;
            last = date > last ? date : last;
            low = Math.Min(low, value);
            high = Math.Max(high, value);
        }

        var days = Math.Max(30, Period.DaysBetween(first, last));
        var x0 = first.PlusDays(-(days / 30) - 1);
        var span = (double)Period.DaysBetween(x0, last.PlusDays((days / 30) + 1));
        var (min, max, step) = Scale((double)low, (double)high);
        double X(LocalDate date) => Left + (Period.DaysBetween(x0, date) * (Width - Left - Right) / span);
        double Y(decimal value) => Height - Bottom - (((double)value - min) * (Height - Top - Bottom) / (max - min));

        Open(svg, id, Width, Height);
        Legend(svg, chart);
        for (var tick = min; tick <= max + (step / 2); tick += step)
        {
            var y = Y((decimal)tick);
            svg.Append("<line x1=\"").Append(N(Left)).Append("\" x2=\"").Append(N(Width - Right)).Append("\" y1=\"").Append(N(y)).Append("\" y2=\"").Append(N(y))
                .Append("\" stroke=\"#d0d0d0\"/>\n");
            Text(svg, Left - 6, y + 4, Tick(tick, chart.Culture), "end");
        }

        if (chart.Unit.Length > 0)
        {
            Text(svg, Left - 6, Top - 10, Fit(chart.Unit, Left + 40), "end");
        }

        XTicks(svg, chart, x0, last, X);
        var evaluation = X(chart.EvaluationDate);
        svg.Append("<line x1=\"").Append(N(evaluation)).Append("\" x2=\"").Append(N(evaluation)).Append("\" y1=\"").Append(N(Top)).Append("\" y2=\"")
            .Append(N(Height - Bottom)).Append("\" stroke=\"#4a4a4a\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\"/>\n");
        Line(svg, chart.Planned, X, Y, PathColour, "7 4");
        foreach (var (date, value) in chart.Planned)
        {
            svg.Append("<circle cx=\"").Append(N(X(date))).Append("\" cy=\"").Append(N(Y(value))).Append("\" r=\"4\" fill=\"#ffffff\" stroke=\"").Append(PathColour).Append("\" stroke-width=\"2\"/>\n");
        }

        Line(svg, chart.Measured, X, Y, PointColour, null);
        foreach (var (date, value) in chart.Measured)
        {
            svg.Append("<circle cx=\"").Append(N(X(date))).Append("\" cy=\"").Append(N(Y(value))).Append("\" r=\"5\" fill=\"").Append(PointColour).Append("\"/>\n");
            Text(svg, X(date), Y(value) - 9, MessageCulture.FormatNumber(value, chart.Culture), "middle", PointColour, "bold");
        }

        svg.Append("<line x1=\"").Append(N(Left)).Append("\" x2=\"").Append(N(Left)).Append("\" y1=\"").Append(N(Top)).Append("\" y2=\"").Append(N(Height - Bottom))
            .Append("\" stroke=\"#1a1a1a\"/>\n");
        Close(svg);
    }

    private static IEnumerable<(LocalDate Date, decimal Value)> Points(IndicatorChart chart)
    {
        foreach (var point in chart.Planned)
        {
            yield return point;
        }

        foreach (var point in chart.Measured)
        {
            yield return point;
        }
    }

    private static void Legend(StringBuilder svg, IndicatorChart chart)
    {
        var x = Left;
        svg.Append("<line x1=\"").Append(N(x)).Append("\" x2=\"").Append(N(x + 28)).Append("\" y1=\"14\" y2=\"14\" stroke=\"").Append(PathColour).Append("\" stroke-width=\"2\" stroke-dasharray=\"7 4\"/>\n");
        Text(svg, x + 34, 18, chart.Labels.Planned);
        x += 48 + (chart.Labels.Planned.Length * 7);
        svg.Append("<circle cx=\"").Append(N(x + 6)).Append("\" cy=\"14\" r=\"5\" fill=\"").Append(PointColour).Append("\"/>\n");
        Text(svg, x + 16, 18, chart.Labels.Measured);
        x += 30 + (chart.Labels.Measured.Length * 7);
        svg.Append("<line x1=\"").Append(N(x)).Append("\" x2=\"").Append(N(x + 28)).Append("\" y1=\"14\" y2=\"14\" stroke=\"#4a4a4a\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\"/>\n");
        Text(svg, x + 34, 18, chart.Labels.EvaluationDate + " " + MessageCulture.FormatDate(chart.EvaluationDate, chart.Culture));
    }

    private static void Line(StringBuilder svg, IReadOnlyList<(LocalDate Date, decimal Value)> points, Func<LocalDate, double> x, Func<decimal, double> y, string colour, string? dash)
    {
        if (points.Count < 2)
        {
            return;
        }

        svg.Append("<polyline fill=\"none\" stroke=\"").Append(colour).Append("\" stroke-width=\"2\"");
        if (dash is not null)
        {
            svg.Append(" stroke-dasharray=\"").Append(dash).Append('"');
        }

        svg.Append(" points=\"");
        foreach (var (date, value) in points)
        {
            svg.Append(N(x(date))).Append(',').Append(N(y(value))).Append(' ');
        }

        svg.Length--;
        svg.Append("\"/>\n");
    }

    private static void XTicks(StringBuilder svg, IndicatorChart chart, LocalDate first, LocalDate last, Func<LocalDate, double> x)
    {
        var baseline = Height - Bottom;
        svg.Append("<line x1=\"").Append(N(Left)).Append("\" x2=\"").Append(N(Width - Right)).Append("\" y1=\"").Append(N(baseline)).Append("\" y2=\"").Append(N(baseline))
            .Append("\" stroke=\"#1a1a1a\"/>\n");
        var years = last.Year - first.Year;
        var stride = Math.Max(1, (years / 8) + 1);
        for (var year = first.Year + 1; year <= last.Year; year += stride)
        {
            var tick = x(new LocalDate(year, 1, 1));
            svg.Append("<line x1=\"").Append(N(tick)).Append("\" x2=\"").Append(N(tick)).Append("\" y1=\"").Append(N(baseline)).Append("\" y2=\"").Append(N(baseline + 5))
                .Append("\" stroke=\"#1a1a1a\"/>\n");
            Text(svg, tick, baseline + 20, year.ToString(System.Globalization.CultureInfo.InvariantCulture), "middle");
        }

        if (years == 0)
        {
            Text(svg, x(first), baseline + 20, MessageCulture.FormatDate(first, chart.Culture), "start");
            Text(svg, x(last), baseline + 20, MessageCulture.FormatDate(last, chart.Culture), "end");
        }
    }

    // Decimal holds about 7.9e28: larger ticks are written from the double.
    private static string Tick(double tick, System.Globalization.CultureInfo culture)
        => Math.Abs(tick) < 1e15
            ? MessageCulture.FormatNumber((decimal)Math.Round(tick, 6), culture)
            : tick.ToString("0.###E+0", LanguageTable.For(culture).Conventions.NumberFormat);

    /// <summary>A scale from at most zero to the largest value, in 3 to 6 round steps.</summary>
    private static (double Min, double Max, double Step) Scale(double low, double high)
    {
        if (high - low <= 0)
        {
            high = low + 1;
        }

        var raw = (high - low) / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = (raw / magnitude) switch
        {
            <= 1 => magnitude,
            <= 2 => 2 * magnitude,
            <= 5 => 5 * magnitude,
            _ => 10 * magnitude,
        };
        return (Math.Floor(low / step) * step, Math.Ceiling(high / step) * step, step);
    }
}
