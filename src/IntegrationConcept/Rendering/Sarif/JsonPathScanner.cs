using System;
using System.Collections.Generic;
using System.Text.Json;

namespace IntegrationConcept.Rendering.Sarif;

/// <summary>One pass over a JSON text that records the byte offset of every value and member by its JSON path.</summary>
internal static class JsonPathScanner
{
    /// <summary>Scans the text; stops quietly at the first syntax error.</summary>
    /// <param name="utf8Json">The text, without a byte order mark.</param>
    /// <param name="baseOffset">What to add to each offset (the length of a skipped byte order mark).</param>
    /// <returns>The offsets by path.</returns>
    public static Dictionary<string, int> Scan(ReadOnlySpan<byte> utf8Json, int baseOffset)
    {
        var offsets = new Dictionary<string, int>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = 1024,
        });

        // One frame per open object or array: its path, and for an array the index of the next element.
        var frames = new Stack<(string Path, bool IsArray, int Next)>();
        string? member = null;
        try
        {
            while (reader.Read())
            {
                var offset = checked((int)reader.TokenStartIndex) + baseOffset;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        member = frames.Peek().Path + Segment(reader.GetString() ?? string.Empty);
                        offsets.TryAdd(member, offset);
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.Pop();
                        continue;
                }

                var path = ValuePath(frames, member, offset, offsets);
                member = null;
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Push((path, reader.TokenType == JsonTokenType.StartArray, 0));
                }
            }
        }
        catch (JsonException)
        {
            // A text that is not JSON is mapped up to the error; the reader's own message says what is wrong.
        }

        return offsets;
    }

    // The path of the value that starts here; records an array element or the root (a member was recorded at its name).
    private static string ValuePath(Stack<(string Path, bool IsArray, int Next)> frames, string? member, int offset, Dictionary<string, int> offsets)
    {
        if (frames.Count == 0)
        {
            offsets.TryAdd("$", offset);
            return "$";
        }

        var parent = frames.Peek();
        if (!parent.IsArray)
        {
            return member ?? parent.Path;
        }

        frames.Pop();
        frames.Push((parent.Path, true, parent.Next + 1));
        var path = parent.Path + "[" + parent.Next.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
        offsets.TryAdd(path, offset);
        return path;
    }

    // A member segment as System.Text.Json writes paths: .name, or ['name'] for a name with other characters.
    private static string Segment(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '$')
            {
                return "['" + name + "']";
            }
        }

        return name.Length == 0 ? "['']" : "." + name;
    }
}
