using System;
using System.Globalization;
using System.Text.Json;
using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Documents.Json.Texts;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json;

/// <summary>
/// Checks a document's header (<c>$schema</c> and <c>formatVersion</c>) before the body is read, so that a document
/// of another version or kind gets that message rather than a list of unknown members. Looks only at the first
/// two members of the root object; the full read checks the header again wherever it stands.
/// </summary>
internal static class DocumentHeader
{
    private const int MembersLooked = 2;

    /// <summary>
    /// Reads the first members of <paramref name="utf8Json"/> and throws if they name an unsupported version or another
    /// kind of document; returns the supported version found there, or <see langword="null"/>.
    /// </summary>
    /// <param name="format">The kind of document expected.</param>
    /// <param name="utf8Json">The document.</param>
    /// <param name="maxDepth">The nesting limit.</param>
    /// <param name="seen">Set when <c>formatVersion</c> is among the first members (whatever its value).</param>
    public static int? Probe(DocumentFormat format, ReadOnlySpan<byte> utf8Json, int maxDepth, out bool seen)
    {
        seen = false;
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions
        {
            MaxDepth = maxDepth,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw JsonErrors.At(format, "$", ReadingTexts.NotAnObject.Format(ReadingTexts.Name(format), JsonErrors.Describe(reader.TokenType)));
            }

            for (var i = 0; i < MembersLooked; i++)
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
                {
                    return null;
                }

                if (reader.ValueTextEquals("formatVersion"u8))
                {
                    seen = true;
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.Number)
                    {
                        return null;
                    }

                    if (!(reader.TryGetInt32(out var version) && format.Supports(version)))
                    {
                        var found = System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
                        throw JsonErrors.UnsupportedVersion(format, found, LineOf(utf8Json, reader.TokenStartIndex), ColumnOf(utf8Json, reader.TokenStartIndex));
                    }

                    return version;
                }

                if (!reader.ValueTextEquals("$schema"u8))
                {
                    return null;
                }

                reader.Read();
                if (reader.TokenType != JsonTokenType.String)
                {
                    return null;
                }

                string? schema;
                try
                {
                    schema = reader.GetString();
                }
                catch (InvalidOperationException ex)
                {
                    // An escaped lone surrogate (found by the fuzzing test): a format error, never a crash.
                    throw JsonErrors.At(format, "$['$schema']", SyntaxTexts.LoneSurrogate, ex);
                }

                CheckSchema(format, schema);
            }

            return null;
        }
        catch (JsonException ex) when (ex is not DocumentFormatException)
        {
            throw JsonErrors.FromJson(format, ex);
        }
    }

    /// <summary>
    /// Finds <c>formatVersion</c> anywhere among the root object's members, skipping their values: the version to
    /// dispatch on when it is not among the first members. <see langword="null"/> when it is absent, not a whole
    /// number, or the text is not well-formed JSON (the full read then says what is wrong).
    /// </summary>
    public static int? Find(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isVersion = reader.ValueTextEquals("formatVersion"u8);
                reader.Read();
                if (isVersion)
                {
                    return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var version) ? version : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Not well-formed: the full read reports it with its place.
        }

        return null;
    }

    /// <summary>Checks the header of a document read in full.</summary>
    public static void Check(DocumentFormat format, DocumentDto dto)
    {
        if (!format.Supports(dto.FormatVersion))
        {
            throw JsonErrors.UnsupportedVersion(format, dto.FormatVersion.ToString(CultureInfo.InvariantCulture), null, null);
        }

        CheckSchema(format, dto.Schema);
    }

    // A $schema that names another kind of document is a mistake worth saying; any other value (a local copy, an older URL) is accepted.
    private static void CheckSchema(DocumentFormat format, string? schema)
    {
        if (schema is null || string.Equals(schema, format.SchemaUrl, StringComparison.Ordinal))
        {
            return;
        }

        foreach (var other in DocumentFormats.All)
        {
            if (other.Kind != format.Kind && schema.EndsWith(other.SchemaFileName, StringComparison.Ordinal))
            {
                throw JsonErrors.At(format, "$['$schema']", ReadingTexts.WrongKind.Format(ReadingTexts.Name(other), other.SchemaFileName, ReadingTexts.Name(format), ReadingTexts.Name(other)));
            }
        }
    }

    private static long LineOf(ReadOnlySpan<byte> json, long index)
    {
        var line = 0L;
        for (var i = 0; i < index; i++)
        {
            if (json[i] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }

    private static long ColumnOf(ReadOnlySpan<byte> json, long index)
    {
        var start = json[..(int)index].LastIndexOf((byte)'\n');
        return index - (start + 1);
    }
}
