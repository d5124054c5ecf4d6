using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>A need (Bedarf) or potential (Potenzial) that the district's data collection found, with its source.</summary>
public sealed record Observation : IElement<Observation>
{
    /// <summary>Creates an observation.</summary>
    /// <param name="id">The id.</param>
    /// <param name="kind">Need or potential.</param>
    /// <param name="text">What was found.</param>
    /// <param name="source">Where it comes from: a data collection, a meeting, a statistic.</param>
    /// <param name="actionFieldId">The city concept's action field it concerns, if any (resolved against the city concept by the rule engine).</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> or <paramref name="source"/> is <see langword="null"/>.</exception>
    public Observation(ElementId<Observation> id, ObservationKind kind, string text, string source, ElementId<ActionField>? actionFieldId = null)
    {
        Id = id;
        Kind = kind;
        Text = Guard.NotNull(text);
        Source = Guard.NotNull(source);
        ActionFieldId = actionFieldId;
    }

    /// <inheritdoc/>
    public ElementId<Observation> Id { get; }

    /// <summary>Gets whether this is a need or a potential.</summary>
    public ObservationKind Kind { get; }

    /// <summary>Gets what was found.</summary>
    public string Text { get; }

    /// <summary>Gets the source.</summary>
    public string Source { get; }

    /// <summary>Gets the action field it concerns, if any.</summary>
    public ElementId<ActionField>? ActionFieldId { get; }
}
