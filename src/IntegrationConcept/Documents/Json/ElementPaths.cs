using System;
using System.Globalization;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Validation;

namespace IntegrationConcept.Documents.Json;

/// <summary>
/// Turns a structural location (an element's kind and position, and a member inside it) into a JSON path such as
/// <c>$.goals[3].text</c>, given the list names of one format version (<see cref="V1.V1Names"/>, <see cref="V2.V2Names"/>).
/// The model and the results carry only the structural location; the documents layer alone writes <c>$.…</c>.
/// </summary>
internal static class ElementPaths
{
    /// <summary>Gets the path of an element: <c>$</c> for the document itself, <c>$.list[i]</c> for a listed one, <c>$.member</c> for a single one.</summary>
    /// <param name="names">The format version's name of the list (or member) an element kind sits in; empty for the document itself.</param>
    /// <param name="kind">The kind of element.</param>
    /// <param name="index">The element's position in its list, or <see langword="null"/> for a single element.</param>
    public static string Element(Func<ElementKind, string> names, ElementKind kind, int? index)
    {
        var property = names(kind);
        if (property.Length == 0)
        {
            return "$";
        }

        return index is { } i
            ? string.Create(CultureInfo.InvariantCulture, $"$.{property}[{i}]")
            : "$." + property;
    }

    /// <summary>Gets the path of a model problem: the element's path, then the member (an index such as <c>[2]</c> joins without a dot).</summary>
    public static string Of(Func<ElementKind, string> names, ModelProblem problem)
    {
        var root = Element(names, problem.Kind, problem.Index);
        var member = problem.Member;
        return member.Length == 0 ? root : member[0] == '[' ? root + member : root + "." + member;
    }

    /// <summary>Gets the path of an element reference of a finding: the element's path, then <c>.member</c> if there is one.</summary>
    public static string Of(Func<ElementKind, string> names, ElementKind kind, int? index, string? member)
    {
        var root = Element(names, kind, index);
        return member is null ? root : root + "." + member;
    }
}
