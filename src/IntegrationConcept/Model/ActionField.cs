using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>An action field (Handlungsfeld) of a city concept, such as "Bildung und Sprache".</summary>
public sealed record ActionField : IElement<ActionField>
{
    /// <summary>Creates an action field.</summary>
    /// <param name="id">The code, such as "BS".</param>
    /// <param name="name">The German name.</param>
    /// <param name="englishName">The English name, if given.</param>
    /// <param name="description">A description.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public ActionField(ElementId<ActionField> id, string name, string? englishName = null, string? description = null)
    {
        Id = id;
        Name = Guard.NotNull(name);
        EnglishName = englishName;
        Description = description;
    }

    /// <inheritdoc/>
    public ElementId<ActionField> Id { get; }

    /// <summary>Gets the German name.</summary>
    public string Name { get; }

    /// <summary>Gets the English name, if given.</summary>
    public string? EnglishName { get; }

    /// <summary>Gets the description, if any.</summary>
    public string? Description { get; }
}
