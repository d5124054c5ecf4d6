using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>
/// A principle (Grundsatz) of integration policy that cuts across action fields, such as the participation of
/// residents with and without a migration background. District measures apply principles.
/// </summary>
public sealed record Principle : IElement<Principle>
{
    /// <summary>Creates a principle.</summary>
    /// <param name="id">The id, such as "G-1".</param>
    /// <param name="name">The short name.</param>
    /// <param name="description">The full wording.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public Principle(ElementId<Principle> id, string name, string? description = null)
    {
        Id = id;
        Name = Guard.NotNull(name);
        Description = description;
    }

    /// <inheritdoc/>
    public ElementId<Principle> Id { get; }

    /// <summary>Gets the short name.</summary>
    public string Name { get; }

    /// <summary>Gets the full wording, if any.</summary>
    public string? Description { get; }
}
