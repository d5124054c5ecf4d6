using System.Globalization;
using IntegrationConcept.Model;

namespace IntegrationConcept.Suggestions.Evaluation;

/// <summary>
/// The baseline: plain word overlap. Both texts are lower-cased and split into words; words shorter than three letters
/// are dropped (the crude stop-word filter of the baseline); city goals are ranked by the number of distinct words they
/// share with the text, ties by id. No stemming, no compound splitting, no weighting.
/// </summary>
internal sealed class WordOverlapBaseline(CityConcept concept)
{
    private readonly List<(Goal Goal, HashSet<string> Words)> _goals =
        concept.Goals.Select(g => (g, Words(g.Text))).ToList();

    public List<string> Rank(string text, int count)
    {
        var words = Words(text);
        return _goals
            .Select(g => (g.Goal.Id.Value, Shared: g.Words.Count(words.Contains)))
            .Where(g => g.Shared > 0)
            .OrderByDescending(g => g.Shared)
            .ThenBy(g => g.Value, StringComparer.Ordinal)
            .Take(count)
            .Select(g => g.Value)
            .ToList();
    }

    private static HashSet<string> Words(string text)
        => text.Split(static c => !char.IsLetterOrDigit(c))
            .Select(w => w.ToLower(CultureInfo.InvariantCulture))
            .Where(w => w.Length >= 3)
            .ToHashSet(StringComparer.Ordinal);
}

internal static class StringSplitExtensions
{
    public static IEnumerable<string> Split(this string text, Func<char, bool> isSeparator)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || isSeparator(text[i]))
            {
                if (i > start)
                {
                    yield return text[start..i];
                }

                start = i + 1;
            }
        }
    }
}
