using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace IntegrationConcept.Rendering.Sarif;

/// <summary>
/// Where each value of a JSON text stands: maps a JSON path such as <c>$.measures[2]</c> (the paths that
/// document problems and findings' element references use) to a line and column, so that a
/// tool can point at the line of a file a problem or finding is about. Immutable once created.
/// </summary>
/// <remarks>
/// <para>
/// An element of an array (<c>$.goals[3]</c>) and the root (<c>$</c>) stand where their value starts (the
/// <c>{</c> of an object); a member (<c>$.goals[3].text</c>) stands where its name starts, the way editors mark a
/// property. A path the text does not contain (a missing member, say) is located at its nearest ancestor that
/// the text does contain.
/// </para>
/// <para>
/// The map is built by one pass of <see cref="Utf8JsonReader"/> over the text, tolerating comments and trailing
/// commas; a text that is not JSON is mapped up to the first syntax error.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var map = JsonSourceMap.Create(File.ReadAllBytes("plan.json"));
/// JsonSourcePosition where = map.Locate("$.measures[2]"); // (212,5)
/// </code>
/// </example>
public sealed class JsonSourceMap
{
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts;
    private readonly Dictionary<string, int> _offsets;

    private JsonSourceMap(byte[] utf8, List<int> lineStarts, Dictionary<string, int> offsets)
    {
        _utf8 = utf8;
        _lineStarts = lineStarts;
        _offsets = offsets;
    }

    /// <summary>Gets the number of values (and members) whose place is known.</summary>
    public int Count => _offsets.Count;

    /// <summary>Maps a JSON text given as UTF-8 bytes; a leading byte order mark is skipped.</summary>
    /// <param name="utf8Json">The text.</param>
    /// <returns>The map.</returns>
    public static JsonSourceMap Create(ReadOnlySpan<byte> utf8Json)
    {
        var bytes = utf8Json.ToArray();
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var lineStarts = new List<int> { start };
        for (var i = start; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        return new JsonSourceMap(bytes, lineStarts, JsonPathScanner.Scan(bytes.AsSpan(start), start));
    }

    /// <summary>Maps a JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static JsonSourceMap Create(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Create(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Finds where a JSON path stands, exactly.</summary>
    /// <param name="jsonPath">The path, such as <c>$.goals[3].text</c>.</param>
    /// <param name="position">The position, when found.</param>
    /// <returns><see langword="true"/> when the text holds a value or member at exactly this path.</returns>
    public bool TryLocate(string jsonPath, out JsonSourcePosition position)
    {
        position = default;
        if (jsonPath is null || !_offsets.TryGetValue(jsonPath, out var offset))
        {
            return false;
        }

        position = PositionOf(offset);
        return true;
    }

    /// <summary>Finds where a JSON path stands, or else its nearest ancestor that the text holds.</summary>
    /// <param name="jsonPath">The path, such as <c>$.goals[3].text</c>.</param>
    /// <returns>The position; line 1, column 1 when not even the root is known (an empty text).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jsonPath"/> is <see langword="null"/>.</exception>
    public JsonSourcePosition Locate(string jsonPath)
    {
        ArgumentNullException.ThrowIfNull(jsonPath);
        var path = jsonPath;
        while (true)
        {
            if (_offsets.TryGetValue(path, out var offset))
            {
                return PositionOf(offset);
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return _offsets.TryGetValue("$", out var root) ? PositionOf(root) : new JsonSourcePosition(1, 1);
            }

            path = path[..cut];
        }
    }

    /// <summary>
    /// Turns a reader position (zero-based line and byte position in that line, as <see cref="JsonException.LineNumber"/>
    /// and <see cref="JsonException.BytePositionInLine"/> give them) into a line and UTF-16 column.
    /// </summary>
    /// <param name="lineNumber">The zero-based line.</param>
    /// <param name="bytePositionInLine">The zero-based byte position in the line.</param>
    /// <returns>The position; clamped to the text when the numbers lie beyond it.</returns>
    public JsonSourcePosition FromReaderPosition(long lineNumber, long bytePositionInLine)
    {
        var line = (int)Math.Clamp(lineNumber, 0, _lineStarts.Count - 1);
        var lineStart = _lineStarts[line];
        var offset = (int)Math.Clamp(lineStart + Math.Max(bytePositionInLine, 0), lineStart, _utf8.Length);
        return new JsonSourcePosition(line + 1, ColumnOf(lineStart, offset));
    }

    private JsonSourcePosition PositionOf(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return new JsonSourcePosition(line + 1, ColumnOf(_lineStarts[line], offset));
    }

    private int ColumnOf(int lineStart, int offset)
        => Encoding.UTF8.GetCharCount(_utf8.AsSpan(lineStart, offset - lineStart)) + 1;
}
