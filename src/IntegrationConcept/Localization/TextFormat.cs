using System;
using System.Collections.Generic;
using System.Globalization;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Localization;

/// <summary>
/// Fills a German and English message template with arguments: the German text with German numbers (<c>16.777.216</c>),
/// the English text with invariant ones (<c>16,777,216</c>). An argument that is itself a <see cref="LocalizedText"/>
/// (a word such as "an object" / "ein Objekt") goes into each language as that language's text.
/// </summary>
internal static class TextFormat
{
    /// <summary>The template filled with the arguments, in both languages.</summary>
    public static LocalizedText Format(this LocalizedText template, params object?[] args)
        => new(Fill(template.German, Language.German, args), Fill(template.English, Language.English, args));

    /// <summary>The model's German and English pair as a localized text.</summary>
    public static LocalizedText ToLocalized(this Model.TextPair pair) => new(pair.German, pair.English);

    /// <summary>The same text in both languages: input quoted as it is (a JSON reader's own words, a name).</summary>
    public static LocalizedText Verbatim(string text) => new(text, text);

    /// <summary>The text cut to <paramref name="max"/> characters in each language, as <see cref="Quote.Prefix"/> cuts.</summary>
    public static LocalizedText Prefix(this LocalizedText text, int max)
        => text.German.Length <= max && text.English.Length <= max
            ? text
            : new(GermanPrefix(text.German, max), Quote.Prefix(text.English, max));

    /// <summary>Input quoted in both languages: at most a prefix of it, as <see cref="Quote.Prefix"/> quotes it.</summary>
    public static LocalizedText Quoted(string text, int max = Quote.MaxQuotedLength)
        => text.Length <= max ? new(text, text) : new(GermanPrefix(text, max), Quote.Prefix(text, max));

    /// <summary>A list in both languages, cut after <paramref name="max"/> items as <see cref="Quote.List"/> cuts it.</summary>
    public static LocalizedText ListText(IReadOnlyList<string> items, string separator, int max = 20)
    {
        var english = Quote.List(items, separator, max);
        if (items.Count <= max)
        {
            return new(english, english);
        }

        var shown = new string[max];
        for (var i = 0; i < max; i++)
        {
            shown[i] = items[i];
        }

        return new(string.Create(MessageCulture.German, $"{string.Join(separator, shown)}{separator}… ({items.Count - max:N0} weitere)"), english);
    }

    private static string GermanPrefix(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        // Never cut a surrogate pair in half.
        var cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return string.Create(MessageCulture.German, $"{text.AsSpan(0, cut)}… (insgesamt {text.Length:N0} Zeichen)");
    }

    private static string Fill(string template, Language language, object?[] args)
    {
        if (args.Length == 0)
        {
            return template;
        }

        var picked = new object?[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            picked[i] = args[i] is LocalizedText text ? text.Get(language) : args[i];
        }

        IFormatProvider culture = language == Language.German ? MessageCulture.German : CultureInfo.InvariantCulture;
        return string.Format(culture, template, picked);
    }
}
