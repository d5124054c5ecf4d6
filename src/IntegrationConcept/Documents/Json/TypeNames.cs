using System;
using IntegrationConcept.Documents.Json.Texts;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json;

/// <summary>Replaces the .NET type names in a message of System.Text.Json by what the JSON must hold there.</summary>
internal static class TypeNames
{
    /// <summary>
    /// The message with its type names in words; in German, the serializer's English sentence inside a German one
    /// (the serializer's messages have no German of their own).
    /// </summary>
    public static LocalizedText Strip(string message)
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

        return ReaderTexts.Translate(message);
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
