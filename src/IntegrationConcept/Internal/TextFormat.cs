using System;
using System.Globalization;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Internal;

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

    /// <summary>The same text in both languages: input quoted as it is (a JSON reader's own words, a name).</summary>
    public static LocalizedText Verbatim(string text) => new(text, text);

    /// <summary>Appends <paramref name="suffix"/> to each language of <paramref name="text"/>.</summary>
    public static LocalizedText Concat(this LocalizedText text, LocalizedText suffix)
        => new(text.German + suffix.German, text.English + suffix.English);

    /// <summary>The text cut to <paramref name="max"/> characters in each language, as <see cref="Quote.Prefix(string, int)"/> cuts.</summary>
    public static LocalizedText Prefix(this LocalizedText text, int max)
        => text.German.Length <= max && text.English.Length <= max
            ? text
            : new(Quote.Prefix(text.German, max, Language.German), Quote.Prefix(text.English, max));

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
