using System.Collections.Generic;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>A body (Gremium) of actors: a steering committee, local council, network team, action team or round table.</summary>
public sealed record Body : IElement<Body>
{
    /// <summary>Creates a body.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The name, such as "Lenkausschuss".</param>
    /// <param name="kind">The kind.</param>
    /// <param name="memberIds">The member actors.</param>
    /// <param name="description">A description.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public Body(ElementId<Body> id, string name, BodyKind kind, IEnumerable<ElementId<Actor>>? memberIds = null, string? description = null)
    {
        Id = id;
        Name = Guard.NotNull(name);
        Kind = kind;
        MemberIds = memberIds.ToValueList();
        Description = description;
    }

    /// <inheritdoc/>
    public ElementId<Body> Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the kind.</summary>
    public BodyKind Kind { get; }

    /// <summary>Gets the member actors.</summary>
    public ValueList<ElementId<Actor>> MemberIds { get; }

    /// <summary>Gets the description, if any.</summary>
    public string? Description { get; }
}
