using IntegrationConcept.Internal;

namespace IntegrationConcept.Changes;

/// <summary>An indicator of the district plan whose traffic light differs between two checks.</summary>
public sealed record IndicatorLightChange
{
    /// <summary>Creates an indicator's change of light.</summary>
    /// <param name="indicatorId">The indicator's id.</param>
    /// <param name="before">The light in the earlier check.</param>
    /// <param name="after">The light in the later check.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="indicatorId"/> is <see langword="null"/>.</exception>
    public IndicatorLightChange(string indicatorId, IndicatorLight before, IndicatorLight after)
    {
        IndicatorId = Guard.NotNull(indicatorId);
        Before = before;
        After = after;
    }

    /// <summary>Gets the indicator's id.</summary>
    public string IndicatorId { get; }

    /// <summary>Gets the light in the earlier check.</summary>
    public IndicatorLight Before { get; }

    /// <summary>Gets the light in the later check.</summary>
    public IndicatorLight After { get; }
}
