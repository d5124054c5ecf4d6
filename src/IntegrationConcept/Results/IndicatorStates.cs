using IntegrationConcept.Model;
using NodaTime;

namespace IntegrationConcept.Results;

/// <summary>
/// Where each indicator of the plan stands at the evaluation date, worked out once per check for the rules that
/// ask (IC4002, IC4003, IC4005, IC4006, IC4008): whether its final target is due, and then whether the target was
/// reached, or else the light of its track. One byte per indicator; a rule that reports on an indicator evaluates
/// it again for the figures of its message (<see cref="Outcome"/>, <see cref="Track"/>), the same computation with
/// the same tolerances.
/// </summary>
internal sealed class IndicatorStates
{
    private const byte DueBit = 1;
    private const byte OutcomeBit = 2;
    private const byte ReachedBit = 4;
    private const byte TrackBit = 8;
    private const int LightShift = 4;

    private readonly ElementCollection<Indicator> _indicators;
    private readonly LocalDate _date;
    private readonly byte[] _states;

    public IndicatorStates(ElementCollection<Indicator> indicators, LocalDate evaluationDate, decimal yellowTolerance, decimal redTolerance)
    {
        _indicators = indicators;
        _date = evaluationDate;
        YellowTolerance = yellowTolerance;
        RedTolerance = redTolerance;
        _states = new byte[indicators.Count];
        for (var i = 0; i < _states.Length; i++)
        {
            var indicator = indicators[i];
            byte state = 0;
            if (TargetOutcome.IsDue(indicator, evaluationDate))
            {
                state = DueBit;
                if (TargetOutcome.Evaluate(indicator, evaluationDate, yellowTolerance) is { } outcome)
                {
                    state |= outcome.Reached ? (byte)(OutcomeBit | ReachedBit) : OutcomeBit;
                }
            }
            else if (IndicatorTrack.Evaluate(indicator, evaluationDate, yellowTolerance, redTolerance) is { } track)
            {
                state = (byte)(TrackBit | ((int)track.Light << LightShift));
            }

            _states[i] = state;
        }
    }

    /// <summary>Gets the yellow tolerance (IC4002's parameter; also the tolerance of Maintain for reaching a target).</summary>
    public decimal YellowTolerance { get; }

    /// <summary>Gets the red tolerance (IC4003's parameter).</summary>
    public decimal RedTolerance { get; }

    /// <summary>Whether the final target date of the indicator at a position has passed (<see cref="TargetOutcome.IsDue"/>).</summary>
    public bool IsDue(int position) => (_states[position] & DueBit) != 0;

    /// <summary>Whether the indicator's target is due and was reached (<paramref name="reached"/>) or missed; false without an outcome.</summary>
    public bool HasOutcome(int position, bool reached)
        => (_states[position] & (OutcomeBit | ReachedBit)) == (reached ? OutcomeBit | ReachedBit : OutcomeBit);

    /// <summary>Whether the indicator's target is not due and its track shows a light.</summary>
    public bool HasTrack(int position, TrafficLight light)
        => (_states[position] & TrackBit) != 0 && (TrafficLight)(_states[position] >> LightShift) == light;

    /// <summary>The outcome of the indicator at a position (<see cref="TargetOutcome.Evaluate"/> with the yellow tolerance).</summary>
    public TargetOutcome? Outcome(int position) => TargetOutcome.Evaluate(_indicators[position], _date, YellowTolerance);

    /// <summary>The track of the indicator at a position (<see cref="IndicatorTrack.Evaluate"/> with both tolerances).</summary>
    public IndicatorTrack? Track(int position) => IndicatorTrack.Evaluate(_indicators[position], _date, YellowTolerance, RedTolerance);
}
