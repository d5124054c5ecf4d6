using System;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>
/// The identifier of one element of a city concept or district plan, typed by the kind of element it names
/// (a goal id is not a measure id). Ids are the codes the authors choose, such as <c>"BS-1"</c>; they are
/// compared ordinally and must be unique per kind within their document.
/// </summary>
/// <typeparam name="TElement">The kind of element the id names.</typeparam>
/// <remarks>
/// The <see langword="default"/> value has no <see cref="Value"/>; a document that contains one is rejected
/// when it is built.
/// </remarks>
public readonly struct ElementId<TElement> : IEquatable<ElementId<TElement>>, IComparable<ElementId<TElement>>
{
    private readonly string? _value;

    /// <summary>Creates an id from the author's code.</summary>
    /// <param name="value">
    /// The code; not empty, no white space at either end, no control or invisible character, no combining accent
    /// (write <c>Ä</c> as one character). Stored in Unicode normalization form C where the runtime can normalize.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="value"/> is blank, has white space at either end, or holds a control character (such as NUL), an
    /// invisible formatting character (such as the zero-width space U+200B), a line or paragraph separator, or a
    /// combining diacritical mark (such as U+0308).
    /// </exception>
    public ElementId(string value)
    {
        Guard.NotBlank(value);
        if (value.Trim().Length != value.Length)
        {
            throw new ArgumentException($"An element id must not start or end with white space: '{value}'.", nameof(value));
        }

        if (IdGrammar.Problem(value) is { } problem)
        {
            throw new ArgumentException(problem.English, nameof(value));
        }

        _value = IdGrammar.Normalize(value);
    }

    // An id the reader has seen to be printable ASCII without a space at either end: valid and normalized as it is.
    private ElementId(string value, bool plain)
    {
        _ = plain;
        _value = value;
    }

    /// <summary>Gets the code, or an empty string for the <see langword="default"/> id.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets whether this is the <see langword="default"/> id, which names no element.</summary>
    public bool IsEmpty => _value is null;

    /// <summary>Compares two ids for equality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when both have the same code.</returns>
    public static bool operator ==(ElementId<TElement> left, ElementId<TElement> right) => left.Equals(right);

    /// <summary>Compares two ids for inequality.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns><see langword="true"/> when the codes differ.</returns>
    public static bool operator !=(ElementId<TElement> left, ElementId<TElement> right) => !left.Equals(right);

    /// <summary>Orders ids ordinally by code.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(ElementId<TElement> left, ElementId<TElement> right) => left.CompareTo(right) < 0;

    /// <summary>Orders ids ordinally by code.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(ElementId<TElement> left, ElementId<TElement> right) => left.CompareTo(right) > 0;

    /// <summary>Orders ids ordinally by code.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</returns>
    public static bool operator <=(ElementId<TElement> left, ElementId<TElement> right) => left.CompareTo(right) <= 0;

    /// <summary>Orders ids ordinally by code.</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>Whether <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</returns>
    public static bool operator >=(ElementId<TElement> left, ElementId<TElement> right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(ElementId<TElement> other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ElementId<TElement> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <inheritdoc/>
    public int CompareTo(ElementId<TElement> other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Returns the code.</summary>
    /// <returns>The code, or an empty string for the default id.</returns>
    public override string ToString() => Value;

    // An id from a code the caller has found to be printable ASCII (U+0020-U+007E) without a space at either end,
    // which the public constructor would accept and keep as it is (see IdPool.ReadId): no check, no normalization.
    internal static ElementId<TElement> FromPlainAscii(string value) => new(value, plain: true);
}
