using System;
using System.Globalization;
using IntegrationConcept.Localization;

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
    public static string Prefix(string text, int max = MaxQuotedLength) => Prefix(text, max, Language.English);

    /// <summary>The text, or its first <paramref name="max"/> characters followed by how long it is in all, said in <paramref name="language"/>.</summary>
    public static string Prefix(string text, int max, Language language)
    {
        if (text.Length <= max)
        {
            return text;
        }

        // Never cut a surrogate pair in half.
        var cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return language == Language.German
            ? string.Create(MessageCulture.German, $"{text.AsSpan(0, cut)}… (insgesamt {text.Length:N0} Zeichen)")
            : string.Create(CultureInfo.InvariantCulture, $"{text.AsSpan(0, cut)}… ({text.Length:N0} characters in all)");
    }

    /// <summary>The text in both languages, cut as <see cref="Prefix(string, int)"/> cuts.</summary>
    public static LocalizedText Quoted(string text, int max = MaxQuotedLength)
        => text.Length <= max ? new(text, text) : new(Prefix(text, max, Language.German), Prefix(text, max));

    /// <summary>A list of items for a message, cut after <paramref name="max"/> items with the number left out.</summary>
    public static string List(System.Collections.Generic.IReadOnlyList<string> items, string separator, int max = 20)
        => List(items, separator, max, Language.English);

    /// <summary>The list in both languages, cut as <see cref="List(System.Collections.Generic.IReadOnlyList{string}, string, int)"/> cuts.</summary>
    public static LocalizedText ListText(System.Collections.Generic.IReadOnlyList<string> items, string separator, int max = 20)
        => new(List(items, separator, max, Language.German), List(items, separator, max, Language.English));

    private static string List(System.Collections.Generic.IReadOnlyList<string> items, string separator, int max, Language language)
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

        return language == Language.German
            ? string.Create(MessageCulture.German, $"{string.Join(separator, shown)}{separator}… ({items.Count - max:N0} weitere)")
            : string.Create(CultureInfo.InvariantCulture, $"{string.Join(separator, shown)}{separator}… ({items.Count - max:N0} more)");
    }
}
