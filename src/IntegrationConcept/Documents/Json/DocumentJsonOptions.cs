using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationConcept.Documents.Json;

/// <summary>The serializer and writer options of the document format, derived from <see cref="DocumentJsonContext"/>.</summary>
internal static class DocumentJsonOptions
{
    private static readonly ConcurrentDictionary<(bool AllowUnknownMembers, int MaxDepth), JsonSerializerOptions> ReadCache = new();

    /// <summary>Gets the options for writing: umlauts and other non-ASCII letters unescaped, two-space indent, "\n" line ends.</summary>
    public static JsonSerializerOptions Write { get; } = Freeze(new JsonSerializerOptions(DocumentJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Gets the options of the <see cref="Utf8JsonWriter"/> every document is written with.</summary>
    public static JsonWriterOptions Writer { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
        MaxDepth = 256,
    };

    /// <summary>Returns (and caches) the options for reading with the given strictness.</summary>
    public static JsonSerializerOptions ForReading(bool allowUnknownMembers, int maxDepth)
    {
        var key = (allowUnknownMembers, maxDepth);
        if (ReadCache.TryGetValue(key, out var options))
        {
            return options;
        }

        options = Freeze(new JsonSerializerOptions(DocumentJsonContext.Default.Options)
        {
            MaxDepth = maxDepth,
            UnmappedMemberHandling = allowUnknownMembers ? JsonUnmappedMemberHandling.Skip : JsonUnmappedMemberHandling.Disallow,
        });

        // A handful of distinct settings are expected; do not let odd callers grow the cache without bound.
        return ReadCache.Count < 32 ? ReadCache.GetOrAdd(key, options) : options;
    }

    private static JsonSerializerOptions Freeze(JsonSerializerOptions options)
    {
        options.MakeReadOnly();
        return options;
    }
}
