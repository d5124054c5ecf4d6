using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>
/// A sub-area of a district (statistischer Bezirk, Sozialraum, programme area), identified by its key in the
/// city's statistics; measures may name the sub-areas they serve.
/// </summary>
public sealed record SubArea : IElement<SubArea>
{
    /// <summary>Creates a sub-area.</summary>
    /// <param name="id">The key, such as the number of the statistical district.</param>
    /// <param name="name">The name.</param>
    /// <param name="kind">Statistical district, social area or programme area.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public SubArea(ElementId<SubArea> id, string name, SubAreaKind kind)
    {
        Id = id;
        Name = Guard.NotNull(name);
        Kind = kind;
    }

    /// <inheritdoc/>
    public ElementId<SubArea> Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the kind.</summary>
    public SubAreaKind Kind { get; }
}
