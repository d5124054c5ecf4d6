using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace IntegrationConcept.Model;

/// <summary>
/// An immutable list that compares by content, so that model types holding lists have value equality.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly ImmutableArray<T> _items;
    private int _hash;

    /// <summary>Creates a list holding the given items in order.</summary>
    /// <param name="items">The items; <see langword="null"/> gives an empty list.</param>
    public ValueList(IEnumerable<T>? items)
    {
        _items = items is null ? ImmutableArray<T>.Empty : items.ToImmutableArray();
    }

    // Takes ownership of an array the caller built and never changes again: no copy.
    private ValueList(ImmutableArray<T> items)
    {
        _items = items;
    }

    // The shared empty list.
    internal static ValueList<T> Empty { get; } = new(null);

    // Wraps an array the caller owns and will not change again (the document mappers): no copy.
    internal static ValueList<T> Own(T[]? items)
        => items is null || items.Length == 0 ? Empty : new ValueList<T>(ImmutableCollectionsMarshal.AsImmutableArray(items));

    /// <summary>Gets the number of items.</summary>
    public int Count => _items.Length;

    /// <summary>Gets the item at <paramref name="index"/>.</summary>
    /// <param name="index">The zero-based position.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the list.</exception>
    public T this[int index] => _items[index];

    /// <summary>Gets the items as an immutable array (no copy).</summary>
    /// <returns>The items.</returns>
    public ImmutableArray<T> AsImmutableArray() => _items;

    /// <summary>Returns a struct enumerator over the items.</summary>
    /// <returns>The enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => _items.GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)_items).GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        if (_hash == 0)
        {
            var hash = new HashCode();
            foreach (var item in _items)
            {
                hash.Add(item);
            }

            _hash = hash.ToHashCode() | 1;
        }

        return _hash;
    }

    /// <summary>Lists the items.</summary>
    /// <returns>The items separated by commas, in brackets.</returns>
    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}
