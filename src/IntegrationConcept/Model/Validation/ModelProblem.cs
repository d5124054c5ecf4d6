using System.Globalization;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Model.Validation;

/// <summary>
/// One structural problem in a city concept or district plan, naming the element (its <see cref="Kind"/>, its id and its
/// position in its list) and the member. The model knows nothing of JSON: reading a document turns each problem into a
/// <c>DocumentProblem</c> at the JSON path of the document's format version.
/// </summary>
public sealed record ModelProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="code">What kind of problem it is.</param>
    /// <param name="kind">The kind of element.</param>
    /// <param name="elementId">The element's id, or <see langword="null"/> for an element without one (the municipality, the version).</param>
    /// <param name="index">The element's position in its list in the document, or <see langword="null"/> for a single element.</param>
    /// <param name="member">The member, as a camelCase path relative to the element, such as <c>"targets[1].date"</c>; empty for the element as a whole.</param>
    /// <param name="message">The problem in English, with the values that matter.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="member"/> or <paramref name="message"/> is <see langword="null"/>.</exception>
    public ModelProblem(ModelProblemCode code, ElementKind kind, string? elementId, int? index, string member, string message)
    {
        Code = code;
        Kind = kind;
        ElementId = elementId;
        Index = index;
        Member = Guard.NotNull(member);
        Message = Guard.NotNull(message);
        Text = new TextPair(message, message);
    }

    // A problem the library found, in German and English (Message is the English).
    internal ModelProblem(ModelProblemCode code, ElementKind kind, string? elementId, int? index, string member, TextPair text)
        : this(code, kind, elementId, index, member, text.English)
    {
        Text = text;
    }

    // The problem in German and English; both the message for a problem made by a caller.
    internal TextPair Text { get; }

    /// <summary>Gets what kind of problem it is.</summary>
    public ModelProblemCode Code { get; }

    /// <summary>Gets the kind of element.</summary>
    public ElementKind Kind { get; }

    /// <summary>Gets the element's id, if it has one.</summary>
    public string? ElementId { get; }

    /// <summary>Gets the element's position in its list, or <see langword="null"/> for a single element.</summary>
    public int? Index { get; }

    /// <summary>Gets the member as a camelCase path relative to the element; empty for the element as a whole.</summary>
    public string Member { get; }

    /// <summary>Gets the problem in English.</summary>
    public string Message { get; }

    /// <summary>
    /// Formats the problem as one line: the element (kind, id, position), the member and the message, such as
    /// <c>Goal 'BS-1' at position 0, text: The text must not be empty.</c> The JSON path of the problem in a document
    /// is the documents layer's business: a <c>DocumentFormatException</c> lists each problem at its path.
    /// </summary>
    /// <returns>The line.</returns>
    public override string ToString()
    {
        var element = ElementId is null ? Kind.ToString() : string.Create(CultureInfo.InvariantCulture, $"{Kind} '{ElementId}'");
        var position = Index is { } i ? string.Create(CultureInfo.InvariantCulture, $" at position {i}") : string.Empty;
        var member = Member.Length == 0 ? string.Empty : ", " + Member;
        return string.Create(CultureInfo.InvariantCulture, $"{element}{position}{member}: {Message}");
    }
}
