using System;
using System.Text.Json;

namespace IntegrationConcept.Documents.Json;

/// <summary>
/// Ids read within one document share one string per code: an id written once as an element's id and twenty times
/// as a reference becomes one string, not twenty-one. Active only between <see cref="Enter"/> and <see cref="Exit"/>
/// on the reading thread (the deserialisation is synchronous); elsewhere ids are read as plain strings.
/// </summary>
/// <remarks>
/// The pool is an <see cref="IdTable"/> looked up by the id's UTF-8 bytes, so a repeated id costs a hash of its bytes
/// and no string, on every target framework. Its slots are rented from the shared array pool for the read and given
/// back after it, cleared: between reads the thread keeps only the empty pool object.
/// </remarks>
internal sealed class IdPool
{
    // Longer ids are read without the pool (they are rare and would need a larger buffer).
    private const int MaxPooledLength = 128;

    [ThreadStatic]
    private static IdPool? t_current;

    [ThreadStatic]
    private static IdPool? t_spare;

    private readonly IdTable _table = new();

    /// <summary>
    /// Starts pooling on this thread; returns the pool to pass to <see cref="Exit"/>, or null when already pooling.
    /// <paramref name="documentBytes"/> sizes the table for the document (a guess: it grows when needed).
    /// </summary>
    public static IdPool? Enter(int documentBytes = 0)
    {
        if (t_current is not null)
        {
            return null;
        }

        var pool = t_spare ?? new IdPool();
        t_spare = null;
        pool._table.Rent(IdTable.CapacityFor(documentBytes));
        t_current = pool;
        return pool;
    }

    /// <summary>Stops pooling on this thread and releases the strings.</summary>
    public static void Exit(IdPool? pool)
    {
        if (pool is null)
        {
            return;
        }

        t_current = null;
        pool._table.Release();
        t_spare = pool;
    }

    /// <summary>Reads the current string token: the pooled instance when pooling is active, else a new string.</summary>
    public static string ReadString(ref Utf8JsonReader reader) => ReadId(ref reader, out _);

    /// <summary>
    /// Reads the current string token like <see cref="ReadString"/>; <paramref name="plain"/> tells whether it is
    /// printable ASCII (U+0020–U+007E) without a space at either end — an id by the id grammar and its own normal form,
    /// so that nothing about it needs checking. False says nothing: such an id must be checked as always.
    /// </summary>
    public static string ReadId(ref Utf8JsonReader reader, out bool plain)
    {
        if (t_current is { } pool && !reader.HasValueSequence && reader.ValueSpan.Length <= MaxPooledLength)
        {
            if (!reader.ValueIsEscaped)
            {
                return pool._table.Intern(reader.ValueSpan, ref reader, out plain);
            }

            // Unescaped, a string never has more bytes than escaped.
            Span<byte> buffer = stackalloc byte[MaxPooledLength];
            return pool._table.Intern(buffer[..reader.CopyString(buffer)], ref reader, out plain);
        }

        plain = false;
        return reader.GetString()!;
    }
}
