using System;
using System.Text.Json;
using IntegrationConcept.Documents.Json.Texts;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json;

/// <summary>
/// Says why System.Text.Json stopped, in the document's terms and in German and English: its own messages name .NET
/// types and end with the position, and a converter's <see cref="LocalizedJsonException"/> brings both languages.
/// </summary>
internal static class JsonReasons
{
    public static LocalizedText Reason(Type shape, JsonException ex, string path, JsonSerializerOptions? options)
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
            return SyntaxTexts.LoneSurrogate;
        }

        if (message.StartsWith(Converted, StringComparison.Ordinal))
        {
            var expected = options is null ? null : ExpectedValue.At(options, shape, path);
            return expected is null ? SyntaxTexts.WrongType : SyntaxTexts.Expected.Format(expected);
        }

        if (message.StartsWith("The input does not contain any JSON tokens", StringComparison.Ordinal))
        {
            return SyntaxTexts.Empty;
        }

        if (message.StartsWith("Expected depth to be zero", StringComparison.Ordinal)
            || message.Contains("reached end of data", StringComparison.Ordinal))
        {
            return SyntaxTexts.Truncated;
        }

        const string Missing = "was missing required properties including: ";
        var missing = message.IndexOf(Missing, StringComparison.Ordinal);
        if (missing >= 0)
        {
            var names = message[(missing + Missing.Length)..].TrimEnd('.');
            return SyntaxTexts.MissingMember.Format(names);
        }

        const string Unmapped = "could not be mapped to any .NET member";
        if (message.Contains(Unmapped, StringComparison.Ordinal))
        {
            return SyntaxTexts.UnknownMember.Format(Quoted(message));
        }

        if (message.Contains("allow null", StringComparison.Ordinal)
            || message.Contains("allow setting null", StringComparison.Ordinal))
        {
            var expected = options is null ? null : ExpectedValue.At(options, shape, path);
            return expected is null ? SyntaxTexts.NotNull : SyntaxTexts.NotNullWrite.Format(expected);
        }

        // A converter's own message, in both languages (after the checks above, which keep their wording for the
        // serializer's messages wrapped around a converter's).
        if (Localized(ex) is { } said)
        {
            return said;
        }

        if (message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return SyntaxTexts.Duplicate.Format(Quoted(message));
        }

        if (message.Contains("maximum configured depth", StringComparison.Ordinal)
            || message.Contains("maximum allowed depth", StringComparison.Ordinal))
        {
            return SyntaxTexts.TooDeep.Format(ReaderTexts.Translate(message));
        }

        if (message.StartsWith("'N' is an invalid start", StringComparison.Ordinal)
            || message.StartsWith("'I' is an invalid start", StringComparison.Ordinal)
            || message.StartsWith("'I' is invalid within a number", StringComparison.Ordinal)
            || message.Contains("NaN", StringComparison.Ordinal)
            || message.Contains("Infinity", StringComparison.Ordinal))
        {
            return SyntaxTexts.NotFinite.Format(ReaderTexts.Translate(message));
        }

        return IsSyntax(ex) || message.Contains("invalid start of", StringComparison.Ordinal) || message.Contains("Expected", StringComparison.Ordinal) && message.Contains("after", StringComparison.Ordinal)
            ? SyntaxTexts.NotJson.Format(ReaderTexts.Translate(message))
            : TypeNames.Strip(message);
    }

    private static LocalizedText? Localized(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            if (e is LocalizedJsonException localized)
            {
                return localized.Text;
            }
        }

        return null;
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
}
