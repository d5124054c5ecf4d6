namespace IntegrationConcept.Results;

/// <summary>
/// A criterion of operational coverage that a district goal does not meet. Operational means: at least one
/// measure serving the goal that is not cancelled has both a carrier and a period, and at least one indicator on the goal or on one
/// of its measures has both a baseline and a target.
/// </summary>
public enum MissingCriterion
{
    /// <summary>No measure serves the goal.</summary>
    Measure,

    /// <summary>No measure serving the goal has a carrier.</summary>
    Carrier,

    /// <summary>No measure serving the goal has a period.</summary>
    Period,

    /// <summary>Measures have a carrier and measures have a period, but no single measure has both.</summary>
    CarrierAndPeriod,

    /// <summary>No indicator on the goal or its measures.</summary>
    Indicator,

    /// <summary>No indicator has a baseline.</summary>
    Baseline,

    /// <summary>No indicator has a target.</summary>
    Target,

    /// <summary>Indicators have a baseline and indicators have a target, but no single indicator has both.</summary>
    BaselineAndTarget,

    /// <summary>Measures serve the goal, but every one of them is cancelled (<see cref="Model.MeasureStatus.Cancelled"/>).</summary>
    ActiveMeasure,
}
