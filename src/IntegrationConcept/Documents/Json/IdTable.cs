using System;
using System.Buffers;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace IntegrationConcept.Documents.Json;

/// <summary>
/// The strings of the ids of one document, looked up by their (unescaped) UTF-8 bytes: a repeated id is found
/// without transcoding it, a new one becomes a string once. Open addressing with linear probing over a power-of-two
/// table; the hash is <see cref="HashCode"/>'s, seeded at random per process, so that a document cannot be written
/// to make its ids collide. The slots are rented from the shared array pool for one read and returned (cleared) after
/// it, so that a thread keeps no table between reads and the runtime trims the pool under memory pressure.
/// </summary>
internal sealed class IdTable
{
    private const int MinCapacity = 256;

    // A guess of the document bytes per distinct id, for a new table (ids with their elements' other members).
    private const int BytesPerId = 256;

    private Entry[] _entries = [];
    private int _count;

    /// <summary>Gets the number of slots (none between reads).</summary>
    public int Capacity => _entries.Length;

    /// <summary>Gets the number of ids held.</summary>
    public int Count => _count;

    /// <summary>The capacity of a new table for a document of this many bytes: room for its ids at the usual density.</summary>
    public static int CapacityFor(int documentBytes) => Math.Min(1 << 20, 2 * Math.Max(documentBytes / BytesPerId, 1));

    /// <summary>Takes slots for a read: at least <paramref name="capacity"/>, a power of two.</summary>
    public void Rent(int capacity)
    {
        Release();
        _entries = RentSlots(Math.Max(MinCapacity, (int)BitOperations.RoundUpToPowerOf2((uint)capacity)));
    }

    /// <summary>Forgets every id and gives the slots back to the pool.</summary>
    public void Release()
    {
        if (_entries.Length > 0)
        {
            ReturnSlots(_entries, _count);
            _entries = [];
            _count = 0;
        }
    }

    /// <summary>
    /// The string of the id with these UTF-8 bytes (the reader's current token, unescaped): the one held already, or a
    /// new one. A new string of any other than ASCII bytes is the reader's <c>GetString()</c>, which refuses ill-formed
    /// text as always. <paramref name="plain"/>: see <see cref="IdPool.ReadId"/>.
    /// </summary>
    public string Intern(scoped ReadOnlySpan<byte> utf8, ref Utf8JsonReader reader, out bool plain)
    {
        var hasher = default(HashCode);
        hasher.AddBytes(utf8);
        var hash = hasher.ToHashCode();
        var entries = _entries;
        var mask = entries.Length - 1;
        var i = hash & mask;
        while (entries[i].Value is { } held)
        {
            ref readonly var entry = ref entries[i];
            if (entry.Hash == hash && (entry.Ascii ? held.Length == utf8.Length && Ascii.Equals(utf8, held) : SameText(held, utf8)))
            {
                plain = entry.Plain;
                return held;
            }

            i = (i + 1) & mask;
        }

        var ascii = Ascii.IsValid(utf8);
        var value = ascii ? Encoding.Latin1.GetString(utf8) : reader.GetString()!;
        plain = ascii && utf8.Length > 0 && utf8[0] != (byte)' ' && utf8[^1] != (byte)' ' && utf8.IndexOfAnyExceptInRange((byte)0x20, (byte)0x7E) < 0;
        entries[i] = new Entry(value, hash, ascii, plain);
        if (++_count > entries.Length / 4 * 3)
        {
            Grow();
        }

        return value;
    }

    // A string that is not ASCII (rare) against UTF-8 bytes, as UTF-16: bytes that are not well-formed UTF-8 match nothing.
    private static bool SameText(string held, ReadOnlySpan<byte> utf8)
    {
        Span<char> chars = stackalloc char[utf8.Length];
        return Utf8.ToUtf16(utf8, chars, out _, out var written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done
            && chars[..written].SequenceEqual(held);
    }

    // The pool's arrays of a power-of-two length are exactly that long; this type's are always returned cleared.
    private static Entry[] RentSlots(int length)
    {
        var entries = ArrayPool<Entry>.Shared.Rent(length);
        return entries.Length == length ? entries : new Entry[length];
    }

    private static void ReturnSlots(Entry[] entries, int count)
    {
        if (count > 0)
        {
            Array.Clear(entries);
        }

        ArrayPool<Entry>.Shared.Return(entries);
    }

    private void Grow()
    {
        var old = _entries;
        var entries = RentSlots(old.Length * 2);
        var mask = entries.Length - 1;
        foreach (var entry in old)
        {
            if (entry.Value is not null)
            {
                var i = entry.Hash & mask;
                while (entries[i].Value is not null)
                {
                    i = (i + 1) & mask;
                }

                entries[i] = entry;
            }
        }

        ReturnSlots(old, _count);
        _entries = entries;
    }

    private readonly record struct Entry(string? Value, int Hash, bool Ascii, bool Plain);
}
