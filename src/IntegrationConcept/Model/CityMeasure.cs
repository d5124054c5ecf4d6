using System.Collections.Generic;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>A measure (Maßnahme) the city concept itself names, under an approach or directly for goals.</summary>
public sealed record CityMeasure : IElement<CityMeasure>
{
    /// <summary>Creates a city measure.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The name.</param>
    /// <param name="approachId">The approach the measure belongs to, if any.</param>
    /// <param name="goalIds">The goals the measure serves.</param>
    /// <param name="description">A description.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public CityMeasure(ElementId<CityMeasure> id, string name, ElementId<Approach>? approachId = null, IEnumerable<ElementId<Goal>>? goalIds = null, string? description = null)
    {
        Id = id;
        Name = Guard.NotNull(name);
        ApproachId = approachId;
        GoalIds = goalIds.ToValueList();
        Description = description;
    }

    /// <inheritdoc/>
    public ElementId<CityMeasure> Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the approach, if any.</summary>
    public ElementId<Approach>? ApproachId { get; }

    /// <summary>Gets the goals the measure serves.</summary>
    public ValueList<ElementId<Goal>> GoalIds { get; }

    /// <summary>Gets the description, if any.</summary>
    public string? Description { get; }
}
