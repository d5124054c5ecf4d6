using System.Globalization;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;

namespace IntegrationConcept.Model.Validation;

/// <summary>One structural problem in a city concept or district plan, naming the element and the member.</summary>
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
    }

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
    /// Gets the place of the problem in the document as a JSON path, such as <c>$.goals[3].text</c>,
    /// following the property names of the document format.
    /// </summary>
    public string Path
    {
        get
        {
            var root = DocumentPaths.ElementPath(Kind, Index);
            return Member.Length == 0 ? root : Member[0] == '[' ? root + Member : root + "." + Member;
        }
    }

    /// <summary>Formats the problem as one line: path, element and message.</summary>
    /// <returns>The line.</returns>
    public override string ToString()
        => ElementId is null
            ? string.Create(CultureInfo.InvariantCulture, $"{Path}: {Message}")
            : string.Create(CultureInfo.InvariantCulture, $"{Path} ({Kind} '{ElementId}'): {Message}");
}
