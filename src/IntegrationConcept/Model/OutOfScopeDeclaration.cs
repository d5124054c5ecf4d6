using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>
/// A district plan's declaration that an element of the city concept (an action field, goal or principle)
/// does not apply to the district, with the justification why. Out-of-scope elements leave the coverage denominator.
/// </summary>
public sealed record OutOfScopeDeclaration
{
    /// <summary>Creates a declaration.</summary>
    /// <param name="kind">The kind of city element: <see cref="ElementKind.ActionField"/>, <see cref="ElementKind.Goal"/> or <see cref="ElementKind.Principle"/>.</param>
    /// <param name="elementId">The id of the city element.</param>
    /// <param name="justification">Why the element does not apply; the rule engine reports a declaration without one.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="elementId"/> or <paramref name="justification"/> is <see langword="null"/>.</exception>
    public OutOfScopeDeclaration(ElementKind kind, string elementId, string justification)
    {
        Kind = kind;
        ElementId = Guard.NotNull(elementId);
        Justification = Guard.NotNull(justification);
    }

    /// <summary>Gets the kind of city element declared out of scope.</summary>
    public ElementKind Kind { get; }

    /// <summary>Gets the id of the city element.</summary>
    public string ElementId { get; }

    /// <summary>Gets the justification; may be empty, which the rule engine reports.</summary>
    public string Justification { get; }

    /// <summary>Gets whether a justification is given (not blank).</summary>
    public bool IsJustified => !string.IsNullOrWhiteSpace(Justification);
}
