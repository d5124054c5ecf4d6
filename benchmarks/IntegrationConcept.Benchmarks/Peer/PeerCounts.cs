namespace IntegrationConcept.Benchmarks.Peer;

/// <summary>What the core coverage rules found in one plan, as counts; the peer and the library must agree.</summary>
/// <param name="UncoveredGoals">City goals in scope that no district goal refines.</param>
/// <param name="PartlyCoveredGoals">City goals in scope that are refined, but by no district goal with a measure that has a carrier, a period and an indicator with baseline and target.</param>
/// <param name="GoalsWithoutMeasure">District goals that no measure serves.</param>
/// <param name="MeasuresWithoutCarrier">Measures with no actor in the carrier role.</param>
/// <param name="MeasuresWithoutPeriod">Measures with no period.</param>
/// <param name="IndicatorsWithoutBaseline">Indicators with no baseline.</param>
/// <param name="IndicatorsWithoutTarget">Indicators with no target.</param>
/// <param name="IndicatorsWithoutSource">Indicators with no data source.</param>
public sealed record PeerCounts(
    int UncoveredGoals,
    int PartlyCoveredGoals,
    int GoalsWithoutMeasure,
    int MeasuresWithoutCarrier,
    int MeasuresWithoutPeriod,
    int IndicatorsWithoutBaseline,
    int IndicatorsWithoutTarget,
    int IndicatorsWithoutSource)
{
    /// <summary>Adds two counts.</summary>
    public static PeerCounts operator +(PeerCounts a, PeerCounts b) => new(
        a.UncoveredGoals + b.UncoveredGoals,
        a.PartlyCoveredGoals + b.PartlyCoveredGoals,
        a.GoalsWithoutMeasure + b.GoalsWithoutMeasure,
        a.MeasuresWithoutCarrier + b.MeasuresWithoutCarrier,
        a.MeasuresWithoutPeriod + b.MeasuresWithoutPeriod,
        a.IndicatorsWithoutBaseline + b.IndicatorsWithoutBaseline,
        a.IndicatorsWithoutTarget + b.IndicatorsWithoutTarget,
        a.IndicatorsWithoutSource + b.IndicatorsWithoutSource);

    /// <summary>No findings.</summary>
    public static PeerCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);
}
