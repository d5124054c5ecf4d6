using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Rules;

// The per-check states of the plan's indicators stand for what the indicator rules evaluated directly before:
// on every edge case, each flag and each evaluation must equal TargetOutcome and IndicatorTrack called directly.
public sealed class IndicatorStatesTests
{
    private static readonly LocalDate Date = new(2013, 6, 1);
    private static readonly LocalDate Past = new(2013, 1, 1);
    private static readonly LocalDate Ahead = new(2014, 1, 1);

    private static Indicator Quantitative(string id, IndicatorDirection direction, decimal? baseline, (LocalDate Date, decimal Value)[] targets, params (LocalDate Date, decimal Value)[] measured)
        => new(
            new ElementId<Indicator>(id),
            "Indikator " + id,
            IndicatorMeasureType.Quantitative,
            direction,
            baseline: baseline is { } b ? new DataPoint(new LocalDate(2012, 1, 1), b) : null,
            targets: targets.Select(t => new DataPoint(t.Date, t.Value)),
            measurements: measured.Select(m => new DataPoint(m.Date, m.Value)));

    private static IEnumerable<Indicator> EdgeCases()
    {
        var up = IndicatorDirection.Increase;
        yield return Quantitative("due-reached", up, 100m, [(Past, 200m)], (new LocalDate(2013, 3, 1), 210m));
        yield return Quantitative("due-missed", up, 100m, [(Past, 200m)], (new LocalDate(2013, 3, 1), 150m));
        yield return Quantitative("due-unmeasured", up, 100m, [(Past, 200m)]);
        yield return Quantitative("due-measured-later", up, 100m, [(Past, 200m)], (new LocalDate(2013, 7, 1), 250m));
        yield return Quantitative("due-without-baseline", up, null, [(Past, 200m)], (new LocalDate(2013, 3, 1), 150m));
        yield return Quantitative("decrease-reached", IndicatorDirection.Decrease, 100m, [(Past, 50m)], (new LocalDate(2013, 2, 1), 50m));
        yield return Quantitative("decrease-missed", IndicatorDirection.Decrease, 100m, [(Past, 50m)], (new LocalDate(2013, 2, 1), 51m));
        yield return Quantitative("maintain-near", IndicatorDirection.Maintain, 100m, [(Past, 100m)], (new LocalDate(2013, 2, 1), 105m));
        yield return Quantitative("maintain-zero", IndicatorDirection.Maintain, 0m, [(Past, 0m)], (new LocalDate(2013, 2, 1), 0m));
        yield return Quantitative("on-target-date", up, 100m, [(Date, 200m)], (new LocalDate(2013, 3, 1), 120m));
        yield return Quantitative("no-targets", up, 100m, [], (new LocalDate(2013, 3, 1), 205m));
        yield return Quantitative("track-on-plan", up, 100m, [(Ahead, 200m)], (new LocalDate(2013, 1, 1), 150m));
        yield return Quantitative("track-slightly-behind", up, 100m, [(Ahead, 200m)], (new LocalDate(2013, 1, 1), 135m));
        yield return Quantitative("track-far-behind", up, 100m, [(Ahead, 200m)], (new LocalDate(2013, 1, 1), 110m));
        yield return Quantitative("track-past-a-target", up, 100m, [(new LocalDate(2012, 6, 1), 120m), (Ahead, 200m)], (new LocalDate(2013, 1, 1), 115m));
        yield return Quantitative("track-measured-before-baseline", up, 100m, [(Ahead, 200m)], (new LocalDate(2011, 1, 1), 90m));
        yield return Quantitative("track-without-baseline", up, null, [(Ahead, 200m)], (new LocalDate(2013, 1, 1), 150m));
        yield return Quantitative("track-huge-values", up, -79_000_000_000_000_000_000_000_000_000m, [(Ahead, 79_000_000_000_000_000_000_000_000_000m)], (new LocalDate(2013, 1, 1), 0m));
        yield return new Indicator(
            new ElementId<Indicator>("qualitative"),
            "Indikator qualitativ",
            IndicatorMeasureType.Qualitative,
            IndicatorDirection.Increase,
            baseline: new DataPoint(new LocalDate(2012, 1, 1), null, "schwach"),
            targets: [new DataPoint(Past, null, "stark")],
            measurements: [new DataPoint(new LocalDate(2013, 3, 1), null, "mittel")]);
    }

    private static ElementCollection<Indicator> Indicators()
    {
        var builder = TestDocuments.PlanBuilder();
        foreach (var indicator in EdgeCases())
        {
            builder.Add(indicator);
        }

        return builder.Build().Indicators;
    }

    [Theory]
    [InlineData(10, 25)]
    [InlineData(0, 0)]
    [InlineData(5, 100)]
    [InlineData(50, 50)]
    public void States_OnEdgeCases_AgreeWithTheDirectEvaluation(int yellowPercent, int redPercent)
    {
        decimal yellow = yellowPercent, red = redPercent;
        var indicators = Indicators();

        var states = new IndicatorStates(indicators, Date, yellow, red);

        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            var due = TargetOutcome.IsDue(indicator, Date);
            var outcome = TargetOutcome.Evaluate(indicator, Date, yellow);
            var track = IndicatorTrack.Evaluate(indicator, Date, yellow, red);
            var because = $"indicator {indicator.Id} with tolerances {yellow}/{red}";
            states.IsDue(i).Should().Be(due, because);
            states.HasOutcome(i, reached: true).Should().Be(outcome is { Reached: true }, because);
            states.HasOutcome(i, reached: false).Should().Be(outcome is { Reached: false }, because);
            states.Outcome(i).Should().Be(outcome, because);
            states.Track(i).Should().Be(track, because);
            foreach (var light in new[] { TrafficLight.Green, TrafficLight.Yellow, TrafficLight.Red })
            {
                states.HasTrack(i, light).Should().Be(!due && track is { } t && t.Light == light, because + " and light " + light);
            }
        }
    }

    [Fact]
    public void EdgeCases_CoverEveryState()
    {
        var indicators = Indicators();
        var states = new IndicatorStates(indicators, Date, 10m, 25m);
        var positions = Enumerable.Range(0, indicators.Count).ToList();

        positions.Should().Contain(i => states.HasOutcome(i, true))
            .And.Contain(i => states.HasOutcome(i, false))
            .And.Contain(i => states.IsDue(i) && !states.HasOutcome(i, true) && !states.HasOutcome(i, false))
            .And.Contain(i => states.HasTrack(i, TrafficLight.Green))
            .And.Contain(i => states.HasTrack(i, TrafficLight.Yellow))
            .And.Contain(i => states.HasTrack(i, TrafficLight.Red))
            .And.Contain(i => !states.IsDue(i) && states.Track(i) == null);
    }
}
