using System;
using System.Collections.Generic;
using System.Text.Json;

namespace IntegrationConcept.Documents.Json;

/// <summary>
/// Ids read within one document share one string per code: an id written once as an element's id and twenty times
/// as a reference becomes one string, not twenty-one. Active only between <see cref="Enter"/> and <see cref="Exit"/>
/// on the reading thread (the deserialisation is synchronous); elsewhere ids are read as plain strings.
/// </summary>
internal sealed class IdPool
{
#if NET9_0_OR_GREATER
    // Longer ids are read without the pool (they are rare and would need a larger buffer).
    private const int MaxPooledLength = 128;
#endif

    // A pool that grew beyond this is not kept for the next read, so a thread does not hold a large table forever.
    private const int MaxKeptCount = 1 << 16;

    [ThreadStatic]
    private static IdPool? t_current;

    [ThreadStatic]
    private static IdPool? t_spare;

    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);

    /// <summary>Starts pooling on this thread; returns the pool to pass to <see cref="Exit"/>, or null when already pooling.</summary>
    public static IdPool? Enter()
    {
        if (t_current is not null)
        {
            return null;
        }

        t_current = t_spare ?? new IdPool();
        t_spare = null;
        return t_current;
    }

    /// <summary>Stops pooling on this thread and releases the strings.</summary>
    public static void Exit(IdPool? pool)
    {
        if (pool is null)
        {
            return;
        }

        t_current = null;
        if (pool._strings.Count <= MaxKeptCount)
        {
            pool._strings.Clear();
            t_spare = pool;
        }
    }

    /// <summary>Reads the current string token: the pooled instance when pooling is active, else a new string.</summary>
    public static string ReadString(ref Utf8JsonReader reader)
    {
#if NET9_0_OR_GREATER
        if (t_current is { } pool && !reader.HasValueSequence && reader.ValueSpan.Length <= MaxPooledLength)
        {
            // A string's UTF-16 length never exceeds its UTF-8 (or escaped) byte length.
            Span<char> buffer = stackalloc char[MaxPooledLength];
            var chars = buffer[..reader.CopyString(buffer)];
            var lookup = pool._strings.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(chars, out var value))
            {
                value = chars.ToString();
                pool._strings.Add(value);
            }

            return value;
        }
#endif
        return reader.GetString()!;
    }
}
