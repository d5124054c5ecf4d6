namespace IntegrationConcept.Changes;

/// <summary>
/// An indicator's traffic light as a coverage report shows it: through the findings of the evaluation rules
/// (IC4002 yellow, IC4003 red, IC4005 target reached, IC4006 target missed).
/// </summary>
public enum IndicatorLight
{
    /// <summary>No light finding: on track (green), or not rated (no measurement yet, qualitative, no target).</summary>
    NoWarning,

    /// <summary>Behind its planned path beyond the yellow tolerance (IC4002).</summary>
    Yellow,

    /// <summary>Behind its planned path beyond the red tolerance (IC4003).</summary>
    Red,

    /// <summary>The final target date has passed and the target was reached (IC4005).</summary>
    TargetReached,

    /// <summary>The final target date has passed and the target was missed (IC4006).</summary>
    TargetMissed,
}
