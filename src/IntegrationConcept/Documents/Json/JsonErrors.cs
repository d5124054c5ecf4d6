using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using IntegrationConcept.Internal;
using IntegrationConcept.Model.Validation;

namespace IntegrationConcept.Documents.Json;

/// <summary>Turns every way a document can fail into a <see cref="DocumentFormatException"/> with a message a planner can act on.</summary>
internal static class JsonErrors
{
    /// <summary>What to say about a string with an escaped lone surrogate.</summary>
    public const string LoneSurrogate = "This string contains an escaped lone surrogate (a \\uD800-\\uDFFF escape without its other half), which is not a character. Write the character itself, or both halves of its escape pair (such as \\uD83D\\uDE00).";

    /// <summary>Describes a token for a message: "an object", "a number", ...</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>A problem at a path found without reading position (the header, the mapping, the model).</summary>
    public static DocumentFormatException At(DocumentFormat format, string path, string reason, Exception? inner = null)
        => Create(format, path, null, null, reason, inner);

    /// <summary>A problem at a known line and byte position (both counted from 0).</summary>
    public static DocumentFormatException AtPosition(DocumentFormat format, string path, long line, long position, string reason)
        => Create(format, path, line, position, reason, null);

    /// <summary>A document larger than the limit.</summary>
    public static DocumentFormatException TooLarge(DocumentFormat format, long limit, long? actual)
    {
        var size = actual is { } a
            ? string.Create(CultureInfo.InvariantCulture, $"{a:N0} bytes")
            : "more than that";
        return At(format, "$", string.Create(
            CultureInfo.InvariantCulture,
            $"The document is larger than the limit of {limit:N0} bytes ({size}); raise DocumentReadOptions.MaxDocumentBytes if the document is trusted."));
    }

    /// <summary>An unsupported format version.</summary>
    public static DocumentFormatException UnsupportedVersion(DocumentFormat format, string found, long? line, long? position)
    {
        found = Quote.Prefix(found, 40);

        // "1.0" or "1e0" mean a supported version written as a decimal: say how to write it.
        if (decimal.TryParse(found, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number) && number is >= int.MinValue and <= int.MaxValue && format.Supports((int)number))
        {
            return Create(format, "$.formatVersion", line, position, string.Create(
                CultureInfo.InvariantCulture,
                $"formatVersion is a whole number: write {(int)number}, not {found}."), null);
        }

        return Create(format, "$.formatVersion", line, position, string.Create(
            CultureInfo.InvariantCulture,
            $"formatVersion {found} is not supported; this version of IntegrationConcept reads formatVersion {string.Join(", ", format.SupportedVersions)}. Update the library or save the document in a supported format version."), null);
    }

    /// <summary>The model's rules are broken: every problem, each at its path.</summary>
    /// <param name="format">The document's format.</param>
    /// <param name="ex">The model's problems.</param>
    /// <param name="pathOf">Places a problem in the document: the version's JSON names.</param>
    public static DocumentFormatException FromModel(DocumentFormat format, ModelValidationException ex, Func<ModelProblem, string> pathOf)
    {
        var problems = new List<DocumentProblem>(ex.Problems.Count);
        foreach (var problem in ex.Problems)
        {
            problems.Add(new DocumentProblem(pathOf(problem), Quote.Prefix(problem.Message, Quote.MaxReasonLength)));
        }

        var text = new StringBuilder();
        text.Append("The ").Append(format.Name).Append(" has ").Append(problems.Count).Append(problems.Count == 1 ? " problem:" : " problems:");
        for (var i = 0; i < problems.Count && i < 100; i++)
        {
            text.Append("\n  - ").Append(problems[i].Path).Append(": ").Append(problems[i].Message);
        }

        if (problems.Count > 100)
        {
            text.Append("\n  ... and ").Append(problems.Count - 100).Append(" more.");
        }

        var path = problems.Count > 0 ? problems[0].Path : "$";
        return new DocumentFormatException(format.Kind, text.ToString(), path, null, null, problems, ex);
    }

    /// <summary>An error of the JSON text or of its shape, found while reading.</summary>
    /// <param name="format">The document's format.</param>
    /// <param name="ex">The error.</param>
    /// <param name="options">The options the document was read with, to say what value was expected; <see langword="null"/> for the header probe.</param>
    /// <param name="shape">The type whose contract the version being read follows; <see langword="null"/> for the current version's.</param>
    public static DocumentFormatException FromJson(DocumentFormat format, JsonException ex, JsonSerializerOptions? options = null, Type? shape = null)
    {
        var path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
        return Create(format, path, ex.LineNumber, ex.BytePositionInLine, Reason(shape ?? format.DtoType, ex, path, options), ex);
    }

    private static DocumentFormatException Create(DocumentFormat format, string path, long? line, long? position, string reason, Exception? inner)
    {
        reason = Quote.Prefix(reason, Quote.MaxReasonLength);
        path = Quote.Prefix(path, Quote.MaxQuotedLength);
        var where = line is { } l
            ? string.Create(CultureInfo.InvariantCulture, $"{path} (line {l + 1}, position {(position ?? 0) + 1})")
            : path;
        var message = string.Create(CultureInfo.InvariantCulture, $"The {format.Name} cannot be read at {where}: {reason}");
        return new DocumentFormatException(format.Kind, message, path, line, position, [new DocumentProblem(path, reason)], inner);
    }

    // STJ's messages name .NET types and end with the position; say the same in the document's terms.
    private static string Reason(Type shape, JsonException ex, string path, JsonSerializerOptions? options)
    {
        var message = ex.Message;
        var cut = IndexOfAny(message, " Path: ", " LineNumber: ", "LineNumber: ");
        if (cut >= 0)
        {
            message = message[..cut];
        }

        message = message.Trim().TrimEnd('|').Trim();

        const string Converted = "The JSON value could not be converted to ";
        if (ex.InnerException is InvalidOperationException { Message: var inner } && inner.Contains("surrogate", StringComparison.OrdinalIgnoreCase))
        {
            return LoneSurrogate;
        }

        if (message.StartsWith(Converted, StringComparison.Ordinal))
        {
            var expected = options is null ? null : ExpectedValue.At(options, shape, path);
            return expected is null ? "This value has the wrong type." : "Expected " + expected + " here.";
        }

        if (message.StartsWith("The input does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return "The document is empty; a document is a JSON object that starts with '{'.";
        }

        if (message.StartsWith("Expected depth to be zero", StringComparison.Ordinal)
            || message.Contains("reached end of data", StringComparison.Ordinal))
        {
            return "The document ends before it is complete (an object, array or string is not closed); it may be truncated.";
        }

        const string Missing = "was missing required properties including: ";
        var missing = message.IndexOf(Missing, StringComparison.Ordinal);
        if (missing >= 0)
        {
            var names = message[(missing + Missing.Length)..].TrimEnd('.');
            return "A required member is missing: " + names + ".";
        }

        const string Unmapped = "could not be mapped to any .NET member";
        if (message.Contains(Unmapped, StringComparison.Ordinal))
        {
            var name = Quoted(message);
            return $"'{name}' is not a member the format knows here; check the spelling (to skip unknown members, read with DocumentReadOptions.AllowUnknownMembers).";
        }

        if (message.Contains("allow null", StringComparison.Ordinal)
            || message.Contains("allow setting null", StringComparison.Ordinal))
        {
            var expected = options is null ? null : ExpectedValue.At(options, shape, path);
            return expected is null ? "This member must not be null." : "This member must not be null; write " + expected + ".";
        }

        if (message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return $"The member '{Quoted(message)}' appears more than once in the same object; keep one.";
        }

        if (message.Contains("maximum configured depth", StringComparison.Ordinal)
            || message.Contains("maximum allowed depth", StringComparison.Ordinal))
        {
            return message + " Nesting this deep is not a document of this format; raise DocumentReadOptions.MaxDepth only for trusted input.";
        }

        if (message.StartsWith("'N' is an invalid start", StringComparison.Ordinal)
            || message.StartsWith("'I' is an invalid start", StringComparison.Ordinal)
            || message.StartsWith("'I' is invalid within a number", StringComparison.Ordinal)
            || message.Contains("NaN", StringComparison.Ordinal)
            || message.Contains("Infinity", StringComparison.Ordinal))
        {
            return "The text is not valid JSON: " + message + " NaN and Infinity are not JSON numbers; write a finite number.";
        }

        return IsSyntax(ex) || message.Contains("invalid start of", StringComparison.Ordinal) || message.Contains("Expected", StringComparison.Ordinal) && message.Contains("after", StringComparison.Ordinal)
            ? "The text is not valid JSON: " + message
            : StripTypes(message);
    }

    private static bool IsSyntax(JsonException ex)
        => ex.GetType().Name == "JsonReaderException" || ex.InnerException?.GetType().Name == "JsonReaderException";

    private static string Quoted(string message)
    {
        var start = message.IndexOf('\'', StringComparison.Ordinal);
        var end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
        return end > start ? message[(start + 1)..end] : message;
    }

    private static int IndexOfAny(string text, params string[] needles)
    {
        var best = -1;
        foreach (var needle in needles)
        {
            var i = text.IndexOf(needle, StringComparison.Ordinal);
            if (i >= 0 && (best < 0 || i < best))
            {
                best = i;
            }
        }

        return best;
    }

    private static string StripTypes(string message)
    {
        const string Prefix = "IntegrationConcept.";
        var i = message.IndexOf(Prefix, StringComparison.Ordinal);
        while (i >= 0)
        {
            var end = i;
            while (end < message.Length && (char.IsLetterOrDigit(message[end]) || message[end] is '.' or '`' or '[' or ']' or '_' or ','))
            {
                end++;
            }

            var typeName = message[i..end].TrimEnd('.');
            message = string.Concat(message.AsSpan(0, i), Friendly(typeName), message.AsSpan(i + typeName.Length));
            i = message.IndexOf(Prefix, i + 1, StringComparison.Ordinal);
        }

        return message;
    }

    // A .NET type name in words: what the JSON must hold there.
    private static string Friendly(string typeName)
    {
        if (typeName.StartsWith("System.Nullable`1[[", StringComparison.Ordinal))
        {
            var inner = typeName["System.Nullable`1[[".Length..];
            var comma = inner.IndexOf(',', StringComparison.Ordinal);
            return Friendly(comma >= 0 ? inner[..comma] : inner) + " or null";
        }

        if (typeName.Contains("List`1", StringComparison.Ordinal) || typeName.Contains("[]", StringComparison.Ordinal))
        {
            return "an array";
        }

        return typeName switch
        {
            "System.String" => "a string",
            "System.Int32" or "System.Int64" => "a whole number",
            "System.Decimal" or "System.Double" => "a number",
            "System.Boolean" => "true or false",
            "NodaTime.LocalDate" => "a date such as \"2011-12-13\"",
            _ when typeName.EndsWith("Dto", StringComparison.Ordinal) => "an object",
            _ => typeName[(typeName.LastIndexOf('.') + 1)..],
        };
    }
}
