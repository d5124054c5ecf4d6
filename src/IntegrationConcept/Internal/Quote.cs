using System;
using System.Globalization;

namespace IntegrationConcept.Internal;

/// <summary>
/// Quotes input in error messages: at most a prefix of it, so that a message stays small whatever the document holds.
/// </summary>
internal static class Quote
{
    /// <summary>The most characters of one input text an error message quotes.</summary>
    public const int MaxQuotedLength = 200;

    /// <summary>The most characters of one reason in a <see cref="Documents.DocumentFormatException"/>; longer reasons are cut.</summary>
    public const int MaxReasonLength = 4_000;

    /// <summary>The text, or its first <paramref name="max"/> characters followed by how long it is in all.</summary>
    public static string Prefix(string text, int max = MaxQuotedLength)
    {
        if (text.Length <= max)
        {
            return text;
        }

        // Never cut a surrogate pair in half.
        var cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return string.Create(CultureInfo.InvariantCulture, $"{text.AsSpan(0, cut)}… ({text.Length:N0} characters in all)");
    }

    /// <summary>A list of items for a message, cut after <paramref name="max"/> items with the number left out.</summary>
    public static string List(System.Collections.Generic.IReadOnlyList<string> items, string separator, int max = 20)
    {
        if (items.Count <= max)
        {
            return string.Join(separator, items);
        }

        var shown = new string[max];
        for (var i = 0; i < max; i++)
        {
            shown[i] = items[i];
        }

        return string.Create(CultureInfo.InvariantCulture, $"{string.Join(separator, shown)}{separator}… ({items.Count - max:N0} more)");
    }
}
