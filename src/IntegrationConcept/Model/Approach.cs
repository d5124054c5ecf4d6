using System.Collections.Generic;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>An approach (Handlungsansatz): how goals of an action field are pursued; it groups measures.</summary>
public sealed record Approach : IElement<Approach>
{
    /// <summary>Creates an approach.</summary>
    /// <param name="id">The id.</param>
    /// <param name="actionFieldId">The action field.</param>
    /// <param name="name">The name.</param>
    /// <param name="goalIds">The goals the approach pursues.</param>
    /// <param name="description">A description.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public Approach(ElementId<Approach> id, ElementId<ActionField> actionFieldId, string name, IEnumerable<ElementId<Goal>>? goalIds = null, string? description = null)
    {
        Id = id;
        ActionFieldId = actionFieldId;
        Name = Guard.NotNull(name);
        GoalIds = goalIds.ToValueList();
        Description = description;
    }

    /// <inheritdoc/>
    public ElementId<Approach> Id { get; }

    /// <summary>Gets the action field.</summary>
    public ElementId<ActionField> ActionFieldId { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the goals the approach pursues.</summary>
    public ValueList<ElementId<Goal>> GoalIds { get; }

    /// <summary>Gets the description, if any.</summary>
    public string? Description { get; }
}
