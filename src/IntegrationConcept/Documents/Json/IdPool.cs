using System;
using System.Collections.Generic;
using System.Text.Json;

namespace IntegrationConcept.Documents.Json;

/// <summary>
/// Ids read within one document share one string per code: an id written once as an element's id and twenty times
/// as a reference becomes one string, not twenty-one. Active only between <see cref="Enter"/> and <see cref="Exit"/>
/// on the reading thread (the deserialisation is synchronous); elsewhere ids are read as plain strings.
/// </summary>
/// <remarks>
/// The table holds at most <see cref="MaxCount"/> codes, the first ones of the document; later codes are read as
/// plain strings (they still share the string of any of the first codes they repeat). So the table never grows
/// past the size a thread keeps for its next read, and a very large document does not build a table of its own on
/// every read (at 10^6 elements that table was a tenth of everything the read allocated).
/// </remarks>
internal sealed class IdPool
{
#if NET9_0_OR_GREATER
    // Longer ids are read without the pool (they are rare and would need a larger buffer).
    private const int MaxPooledLength = 128;
#endif

    /// <summary>The most codes a pool holds; the table is kept on the thread for its next read.</summary>
    internal const int MaxCount = 1 << 16;

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

    /// <summary>Stops pooling on this thread and releases the strings; the table is kept for the thread's next read.</summary>
    public static void Exit(IdPool? pool)
    {
        if (pool is null)
        {
            return;
        }

        t_current = null;
        pool._strings.Clear();
        t_spare = pool;
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
                if (pool._strings.Count < MaxCount)
                {
                    pool._strings.Add(value);
                }
            }

            return value;
        }
#endif
        return reader.GetString()!;
    }
}
