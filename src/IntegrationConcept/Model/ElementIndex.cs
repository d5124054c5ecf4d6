using System;
using System.Collections.Immutable;
using System.Globalization;

namespace IntegrationConcept.Model;

/// <summary>
/// The lookup by id of an <see cref="ElementCollection{TElement}"/>: one array of slots, each the id's hash and the
/// element's position (open addressing, linear probing, two slots for every three elements), about 12 bytes per
/// element where a dictionary takes 28. The first element with an id is the one found.
/// </summary>
/// <typeparam name="TElement">The element type.</typeparam>
internal readonly struct ElementIndex<TElement>
    where TElement : class, IElement<TElement>
{
    // (hash << 32) | (position + 1); 0 is an empty slot.
    private readonly long[] _slots;

    /// <summary>Indexes <paramref name="items"/>; throws as <c>NoNullItems</c> does for a null item.</summary>
    public ElementIndex(ImmutableArray<TElement> items, string? name)
    {
        _slots = items.Length == 0 ? [] : new long[items.Length + (items.Length / 2) + 1];
        for (var i = 0; i < items.Length; i++)
        {
            var item = items[i] ?? throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The list '{name}' contains null at position {i}."), name);
            var id = item.Id;
            var hash = (uint)id.GetHashCode();
            var slot = Start(hash);
            while (_slots[slot] != 0)
            {
                if (Holds(items, _slots[slot], hash, id))
                {
                    HasRepeatedIds = true;
                    break;
                }

                slot = Next(slot);
            }

            if (_slots[slot] == 0)
            {
                _slots[slot] = ((long)hash << 32) | (uint)(i + 1);
            }
        }
    }

    /// <summary>Gets whether two elements share an id (the empty id included).</summary>
    public bool HasRepeatedIds { get; }

    /// <summary>The position of the first element with the id in <paramref name="items"/> (the indexed ones), or -1.</summary>
    public int Find(ImmutableArray<TElement> items, ElementId<TElement> id)
    {
        if (_slots.Length == 0)
        {
            return -1;
        }

        var hash = (uint)id.GetHashCode();
        for (var slot = Start(hash); _slots[slot] != 0; slot = Next(slot))
        {
            if (Holds(items, _slots[slot], hash, id))
            {
                return (int)(uint)_slots[slot] - 1;
            }
        }

        return -1;
    }

    private static bool Holds(ImmutableArray<TElement> items, long entry, uint hash, ElementId<TElement> id)
        => (uint)(entry >> 32) == hash && items[(int)(uint)entry - 1].Id.Equals(id);

    // Maps the hash onto the slots by its high bits (multiply and shift: no division).
    private int Start(uint hash) => (int)(((ulong)hash * (ulong)_slots.Length) >> 32);

    private int Next(int slot) => slot + 1 == _slots.Length ? 0 : slot + 1;
}
