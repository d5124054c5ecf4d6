using System.Collections.Generic;
using System.Globalization;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>
/// A message of the model in German and English (the model sits below the localization layer, so it cannot use
/// <c>LocalizedText</c>; the readers turn a pair into one). <c>{0}</c>, <c>{1}</c>, … are the same in both; the
/// arguments are ids, names and whole numbers, formatted the same in both languages.
/// </summary>
/// <param name="German">The German text.</param>
/// <param name="English">The English text.</param>
internal readonly record struct TextPair(string German, string English)
{
    /// <summary>The template filled with the arguments; an argument that is a pair goes into each language as its text.</summary>
    public TextPair Format(params object?[] args) => new(Fill(German, args, german: true), Fill(English, args, german: false));

    /// <summary>A list in both languages, cut after <paramref name="max"/> items as <see cref="Quote.List"/> cuts it.</summary>
    public static TextPair List(IReadOnlyList<string> items, string separator, int max = 20)
    {
        var english = Quote.List(items, separator, max);
        return items.Count <= max
            ? new(english, english)
            : new(string.Create(CultureInfo.InvariantCulture, $"{string.Join(separator, System.Linq.Enumerable.Take(items, max))}{separator}… ({items.Count - max} weitere)"), english);
    }

    private static string Fill(string template, object?[] args, bool german)
    {
        var picked = new object?[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            picked[i] = args[i] is TextPair pair ? (german ? pair.German : pair.English) : args[i];
        }

        return string.Format(CultureInfo.InvariantCulture, template, picked);
    }
}
