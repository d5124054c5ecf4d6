using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>An actor (Akteur): an organisation, a group or a person taking part in the district's process.</summary>
public sealed record Actor : IElement<Actor>
{
    /// <summary>Creates an actor.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The name, such as "Beirat für Migration und Integration".</param>
    /// <param name="kind">The kind.</param>
    /// <param name="description">A description.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public Actor(ElementId<Actor> id, string name, ActorKind kind, string? description = null)
    {
        Id = id;
        Name = Guard.NotNull(name);
        Kind = kind;
        Description = description;
    }

    /// <inheritdoc/>
    public ElementId<Actor> Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the kind.</summary>
    public ActorKind Kind { get; }

    /// <summary>Gets the description, if any.</summary>
    public string? Description { get; }
}
