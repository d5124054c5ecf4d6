using System;
using System.Globalization;
using IntegrationConcept.Model;

namespace IntegrationConcept.Results;

/// <summary>The element a finding is about: its document, kind, id, position and member; its JSON path is written from them by the documents layer.</summary>
public sealed record ElementReference
{
    /// <summary>Creates a reference.</summary>
    /// <param name="document">The document the element sits in.</param>
    /// <param name="kind">The kind of element.</param>
    /// <param name="id">The element's id; for the district plan as a whole the district's name; <see langword="null"/> for an element without one.</param>
    /// <param name="index">The element's position in its list, or <see langword="null"/> for a single element.</param>
    /// <param name="member">A member inside the element, such as <c>"period"</c>, or <see langword="null"/> for the element as a whole.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public ElementReference(DocumentKind document, ElementKind kind, string? id, int? index = null, string? member = null)
    {
        if (index is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, "The position must not be negative.");
        }

        Document = document;
        Kind = kind;
        Id = id;
        Index = index;
        Member = string.IsNullOrEmpty(member) ? null : member;
    }

    /// <summary>Gets the document the element sits in.</summary>
    public DocumentKind Document { get; }

    /// <summary>Gets the kind of element.</summary>
    public ElementKind Kind { get; }

    /// <summary>Gets the element's id; suppressions match it. For the district plan as a whole it is the district's name.</summary>
    public string? Id { get; }

    /// <summary>Gets the element's position in its list in the document, or <see langword="null"/> for a single element.</summary>
    public int? Index { get; }

    /// <summary>Gets the member inside the element the finding points at, such as <c>"refinedGoalIds[1]"</c>, or <see langword="null"/> for the element as a whole.</summary>
    public string? Member { get; }

    /// <summary>Gets the JSON path of the element in its document, such as <c>$.measures[2]</c> or <c>$.goals[1].refinedGoalIds[0]</c>.</summary>
    /// <remarks>
    /// <para>The reference itself is structural: <see cref="Kind"/>, <see cref="Index"/> and <see cref="Member"/>. The
    /// path is written from them on first use by the documents layer, which owns the JSON names of the format (those of
    /// format version 2, which keeps every name of version 1, so the path is right in a document of either version); a
    /// check that reports many findings builds no path strings.</para>
    /// <para>Kept (not obsolete) because it is the one place a finding's position in its document is written for output
    /// that has no other way to name it — SARIF logical locations, the technical appendix of the reports, CSV, change
    /// reports — and callers have read it since the first release; it is derived, so equality ignores it.</para>
    /// </remarks>
    public string Path => _path ??= ReferencePaths.Write(Kind, Index, Member);

    // The path, once built; derived from the other members, so equality ignores it.
    private string? _path;

    /// <summary>Compares the document, kind, id, position and member (the path follows from them).</summary>
    /// <param name="other">The other reference.</param>
    /// <returns>Whether both name the same element and member.</returns>
    public bool Equals(ElementReference? other)
        => other is not null
            && (ReferenceEquals(this, other)
                || (Document == other.Document && Kind == other.Kind && Index == other.Index
                    && string.Equals(Id, other.Id, StringComparison.Ordinal) && string.Equals(Member, other.Member, StringComparison.Ordinal)));

    /// <summary>Hashes the members that <see cref="Equals(ElementReference)"/> compares.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Document, Kind, Id, Index, Member);

    /// <summary>Formats the reference, such as <c>DistrictPlan $.measures[2] (Measure 'M-3')</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
        => Id is null
            ? string.Create(CultureInfo.InvariantCulture, $"{Document} {Path} ({Kind})")
            : string.Create(CultureInfo.InvariantCulture, $"{Document} {Path} ({Kind} '{Id}')");
}
