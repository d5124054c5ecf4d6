using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Runtime.CompilerServices;

namespace IntegrationConcept.Model;

/// <summary>
/// The elements of one kind in a document, in document order, with lookup by id in constant time.
/// Compares by content.
/// </summary>
/// <typeparam name="TElement">The element type.</typeparam>
public sealed class ElementCollection<TElement> : IReadOnlyList<TElement>, IEquatable<ElementCollection<TElement>>
    where TElement : class, IElement<TElement>
{
    private readonly ValueList<TElement> _items;
    private readonly ElementIndex<TElement> _index;

    internal ElementCollection(IEnumerable<TElement>? items, [CallerArgumentExpression(nameof(items))] string? name = null)
    {
        _items = items as ValueList<TElement> ?? new ValueList<TElement>(items);
        _index = new ElementIndex<TElement>(_items.AsImmutableArray(), name); // refuses a null item as NoNullItems does
    }

    // Whether two elements share an id (the empty id included); when false, every id is unique.
    internal bool HasRepeatedIds => _index.HasRepeatedIds;

    /// <summary>Gets the number of elements.</summary>
    public int Count => _items.Count;

    /// <summary>Gets the element at <paramref name="index"/> in document order.</summary>
    /// <param name="index">The zero-based position.</param>
    public TElement this[int index] => _items[index];

    /// <summary>Gets the element with the given id.</summary>
    /// <param name="id">The id.</param>
    /// <exception cref="KeyNotFoundException">No element has this id.</exception>
    public TElement this[ElementId<TElement> id]
        => _index.Find(_items.AsImmutableArray(), id) is var i and >= 0
            ? _items[i]
            : throw new KeyNotFoundException($"No {typeof(TElement).Name} with id '{id}'.");

    /// <summary>Looks up an element by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="element">The element, when found.</param>
    /// <returns><see langword="true"/> when an element has this id.</returns>
    public bool TryGet(ElementId<TElement> id, [NotNullWhen(true)] out TElement? element)
    {
        var i = _index.Find(_items.AsImmutableArray(), id);
        element = i >= 0 ? _items[i] : null;
        return i >= 0;
    }

    /// <summary>Tells whether an element has the given id.</summary>
    /// <param name="id">The id.</param>
    /// <returns><see langword="true"/> when an element has this id.</returns>
    public bool Contains(ElementId<TElement> id) => _index.Find(_items.AsImmutableArray(), id) >= 0;

    /// <summary>Gets the elements as an immutable array (no copy).</summary>
    /// <returns>The elements in document order.</returns>
    public ImmutableArray<TElement> AsImmutableArray() => _items.AsImmutableArray();

    /// <summary>Returns a struct enumerator over the elements in document order.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<TElement>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<TElement> IEnumerable<TElement>.GetEnumerator() => ((IEnumerable<TElement>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)_items).GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(ElementCollection<TElement>? other) => other is not null && _items.Equals(other._items);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ElementCollection<TElement>);

    /// <inheritdoc/>
    public override int GetHashCode() => _items.GetHashCode();

    /// <summary>Lists the element ids.</summary>
    /// <returns>The ids in document order.</returns>
    public override string ToString() => "[" + string.Join(", ", _items.Select(e => e.Id.Value)) + "]";
}
