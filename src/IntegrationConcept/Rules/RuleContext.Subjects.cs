using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules;

/// <summary>Shared subjects for the built-in rules: one reference and one id-and-name argument list per element.</summary>
public sealed partial class RuleContext
{
    /// <summary>
    /// Gets the shared subject of the element at a position of one of the documents' lists: its reference (as
    /// <see cref="Reference(DocumentKind, ElementKind, int, string?)"/> without a member makes it) and the arguments
    /// id and <paramref name="name"/>. Those of the city concept are shared by every plan checked against it.
    /// </summary>
    /// <param name="document">The document of the list.</param>
    /// <param name="kind">The kind of the list's elements (one list per kind and document).</param>
    /// <param name="elements">The list.</param>
    /// <param name="position">The position in the list.</param>
    /// <param name="name">The element's name or text, the second argument.</param>
    internal SharedSubject Subject<T>(DocumentKind document, ElementKind kind, ElementCollection<T> elements, int position, string name)
        where T : class, IElement<T>
        => (document == DocumentKind.CityConcept ? _check.ConceptIndex.Subjects : _check.Subjects)
            .Get(kind, CheckPosition(position, elements.Count), elements.Count, elements[position].Id.Value, name);
}
