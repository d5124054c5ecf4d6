using System;
using System.Text.Json;
using IntegrationConcept.Documents.Json.Converters;
using IntegrationConcept.Model;
using NodaTime;

namespace IntegrationConcept.Documents.Json.Direct;

/// <summary>
/// The pieces of the direct readers: one <see cref="Utf8JsonReader"/> pass from the bytes into the model, without
/// DTOs. A direct reader reads only what it is sure of: a well-formed document of the version it is registered for. At
/// anything else (a null, an unknown or repeated member, a token of the wrong type, a value a converter or a model
/// constructor refuses) it gives up with <see cref="Abandoned"/>, and the DTO reader reads the document again and
/// reports the problem exactly as it always has. So a direct reader never decides what an error says.
/// </summary>
internal static partial class DirectReader
{
    private static readonly LocalDateJsonConverter DateConverter = new();

    /// <summary>Thrown (one shared instance) when a direct reader gives the document to the DTO reader.</summary>
    internal sealed class Abandoned : Exception
    {
        public static readonly Abandoned Instance = new();
    }

    /// <summary>What a direct reader reads: the format version (1 or 2) and whether unknown members are skipped.</summary>
    public readonly record struct Scope(int Version, bool AllowUnknown)
    {
        /// <summary>Gets whether the document is of format version 2 (the members and enum values version 2 added).</summary>
        public bool V2 => Version >= 2;
    }

    /// <summary>
    /// Reads a document: <paramref name="document"/> from the root's StartObject to its EndObject, nothing after it.
    /// Null (the DTO reader's turn) for anything the direct reader gives up on.
    /// </summary>
    public static TModel? TryReadDocument<TModel>(ReadOnlySpan<byte> utf8Json, Scope scope, int maxDepth, DocumentReader<TModel> document)
        where TModel : class
    {
        var pool = IdPool.Enter(utf8Json.Length);
        try
        {
            var reader = new Utf8JsonReader(utf8Json, ReaderOptions(maxDepth));
            var model = document(ref reader, scope);
            return reader.Read() ? null : model; // anything after the document is for the DTO reader to report
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
        finally
        {
            IdPool.Exit(pool);
        }
    }

    /// <summary>Reads a whole document from its first token.</summary>
    public delegate TModel DocumentReader<TModel>(ref Utf8JsonReader reader, Scope scope);

    /// <summary>
    /// Reads <c>$schema</c>: only the URL of this kind and version is read directly; any other value (another kind's
    /// schema, which the DTO reader refuses, or a local copy, which it accepts) is for the DTO reader.
    /// </summary>
    public static void Schema(ref Utf8JsonReader reader, DocumentFormat format, Scope scope)
    {
        Next(ref reader, JsonTokenType.String);
        if (!reader.ValueTextEquals(format.SchemaUrlOf(scope.Version)))
        {
            throw GiveUp();
        }
    }

    /// <summary>Reads <c>formatVersion</c>, which must be the version being read.</summary>
    public static void FormatVersion(ref Utf8JsonReader reader, Scope scope)
    {
        if (Int32(ref reader) != scope.Version)
        {
            throw GiveUp();
        }
    }

    public static JsonReaderOptions ReaderOptions(int maxDepth) => new()
    {
        MaxDepth = maxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    public static Exception GiveUp() => Abandoned.Instance;

    /// <summary>Moves to the next token, which must be of the given type.</summary>
    public static void Next(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (!reader.Read() || reader.TokenType != expected)
        {
            throw GiveUp();
        }
    }

    /// <summary>Moves to the next member of an object: false at its end. Escaped names are left to the DTO reader.</summary>
    public static bool NextMember(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw GiveUp();
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            return false;
        }

        if (reader.TokenType != JsonTokenType.PropertyName || reader.ValueIsEscaped || reader.HasValueSequence)
        {
            throw GiveUp();
        }

        return true;
    }

    /// <summary>Marks a member as seen; a member seen twice goes to the DTO reader (which rejects duplicates).</summary>
    public static void Once(ref int seen, int bit)
    {
        if ((seen & bit) != 0)
        {
            throw GiveUp();
        }

        seen |= bit;
    }

    /// <summary>Skips the value of a member the format does not know, when the options allow unknown members.</summary>
    public static void Unknown(ref Utf8JsonReader reader, Scope scope)
    {
        if (!scope.AllowUnknown || !reader.TrySkip())
        {
            throw GiveUp();
        }
    }

    public static string String(ref Utf8JsonReader reader)
    {
        Next(ref reader, JsonTokenType.String);
        return reader.GetString()!;
    }

    public static bool Boolean(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw GiveUp();
        }

        return reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            _ => throw GiveUp(),
        };
    }

    public static int Int32(ref Utf8JsonReader reader)
    {
        Next(ref reader, JsonTokenType.Number);
        return reader.TryGetInt32(out var value) ? value : throw GiveUp();
    }

    public static decimal Decimal(ref Utf8JsonReader reader)
    {
        Next(ref reader, JsonTokenType.Number);
        try
        {
            // The format's own rules (overflow and underflow are errors): the DTO reader reports them.
            return Converters.JsonDecimal.Read(ref reader);
        }
        catch (JsonException)
        {
            throw GiveUp();
        }
    }

    /// <summary>An id as the DTO reader's converter accepts it: a string, not blank, no outer white space.</summary>
    public static ElementId<T> Id<T>(ref Utf8JsonReader reader)
    {
        Next(ref reader, JsonTokenType.String);
        return IdAtToken<T>(ref reader);
    }

    // An id held as a plain string (a suppression's or declaration's element): one that breaks the id grammar is for
    // the DTO reader to report at its path; a blank one is the model's to report.
    public static string PlainId(string value)
        => value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) || IdGrammar.Problem(value) is not null) && !string.IsNullOrWhiteSpace(value)
            ? throw GiveUp()
            : value;

    public static ElementId<T> IdAtToken<T>(ref Utf8JsonReader reader)
    {
        var value = IdPool.ReadId(ref reader, out var plain); // ids of one document share one string per code, as with the DTO reader
        if (plain)
        {
            return ElementId<T>.FromPlainAscii(value);
        }

        if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) || IdGrammar.Problem(value) is not null)
        {
            throw GiveUp();
        }

        return new ElementId<T>(value);
    }

    /// <summary>An enum through the format's own converter (camelCase names, strict).</summary>
    public static TEnum Enum<TEnum>(ref Utf8JsonReader reader)
        where TEnum : struct, Enum
    {
        Next(ref reader, JsonTokenType.String);
        return EnumConverter<TEnum>.Instance.Read(ref reader, typeof(TEnum), DocumentJsonContext.Default.Options);
    }

    /// <summary>A date through the format's own converter.</summary>
    public static LocalDate Date(ref Utf8JsonReader reader)
    {
        Next(ref reader, JsonTokenType.String);
        return DateConverter.Read(ref reader, typeof(LocalDate), DocumentJsonContext.Default.Options);
    }

    /// <summary>A timeframe object: start (required) and end.</summary>
    public static Timeframe Timeframe(ref Utf8JsonReader reader)
    {
        Next(ref reader, JsonTokenType.StartObject);
        var seen = 0;
        LocalDate start = default;
        LocalDate? end = null;
        while (NextMember(ref reader))
        {
            var name = reader.ValueSpan;
            if (name.SequenceEqual("start"u8))
            {
                Once(ref seen, 1);
                start = Date(ref reader);
            }
            else if (name.SequenceEqual("end"u8))
            {
                Once(ref seen, 2);
                end = Date(ref reader);
            }
            else
            {
                throw GiveUp(); // unknown members inside value objects: rare, left to the DTO reader
            }
        }

        return (seen & 1) != 0 ? new Timeframe(start, end) : throw GiveUp();
    }

    /// <summary>A population object: count and reference year, both required.</summary>
    public static Population Population(ref Utf8JsonReader reader)
    {
        Next(ref reader, JsonTokenType.StartObject);
        var seen = 0;
        int count = 0, year = 0;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("count"u8))
            {
                Once(ref seen, 1);
                count = Int32(ref reader);
            }
            else if (member.SequenceEqual("referenceYear"u8))
            {
                Once(ref seen, 2);
                year = Int32(ref reader);
            }
            else
            {
                throw GiveUp();
            }
        }

        return seen == 3 ? new Population(count, year) : throw GiveUp();
    }

    private static class EnumConverter<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly CamelCaseEnumConverter<TEnum> Instance = new();
    }
}
