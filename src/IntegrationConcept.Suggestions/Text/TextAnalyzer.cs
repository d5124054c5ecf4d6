using System;
using System.Collections.Generic;
using System.Globalization;

namespace IntegrationConcept.Suggestions.Text;

/// <summary>
/// Turns German text into index terms: lower case, words split at everything but letters and digits, stop words
/// dropped, each word stemmed (CISTEM), and compounds split into their parts when every part is a known word
/// ("Sprachförderung" gives "sprachforderung", "sprach" and "forderung"), so that a compound meets its paraphrase
/// ("Förderung der deutschen Sprache").
/// </summary>
internal sealed class TextAnalyzer
{
    private const int MinimumHeadLength = 3;
    private const int MinimumTailLength = 4;
    private static readonly string[] LinkingElements = ["s", "es", "n", "en", "e", "er"];
    private readonly HashSet<string> _knownStems = new(StringComparer.Ordinal);

    /// <summary>
    /// Creates an analyzer whose compound dictionary is the built-in lexicon and the words of the given texts.
    /// The analyzer does not change afterwards, so it can be shared between threads.
    /// </summary>
    /// <param name="dictionaryTexts">Texts whose words count as known compound parts (the city concept).</param>
    public TextAnalyzer(IEnumerable<string?> dictionaryTexts)
    {
        foreach (var word in CompoundLexicon.Words)
        {
            _knownStems.Add(GermanStemmer.Stem(word));
        }

        foreach (var text in dictionaryTexts)
        {
            Learn(text, _knownStems);
        }
    }

    /// <summary>
    /// Analyzes a text into terms; each term comes with the word it was found in. Besides the dictionary, the
    /// text's own words count as known compound parts.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The terms in order, a compound's parts after the compound.</returns>
    public List<Term> Analyze(string? text)
    {
        var own = new HashSet<string>(StringComparer.Ordinal);
        Learn(text, own);
        var terms = new List<Term>();
        foreach (var word in Words(text))
        {
            var stem = StemOf(word);
            terms.Add(new Term(stem, word));
            var parts = new List<string>();
            if (word.Length >= MinimumHeadLength + MinimumTailLength && Split(word, parts, 0, own))
            {
                foreach (var part in parts)
                {
                    var partStem = StemOf(part);
                    if (!string.Equals(partStem, stem, StringComparison.Ordinal))
                    {
                        terms.Add(new Term(partStem, part));
                    }
                }
            }
        }

        return terms;
    }

    private static void Learn(string? text, HashSet<string> stems)
    {
        foreach (var word in Words(text))
        {
            if (word.Length >= MinimumHeadLength)
            {
                stems.Add(GermanStemmer.Stem(word));
            }
        }
    }

    private static IEnumerable<string> Words(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                var word = text.Substring(start, i - start).ToLower(CultureInfo.InvariantCulture);
                start = -1;
                if (word.Length >= 2 && !GermanStopWords.Contains(word) && !IsNumber(word))
                {
                    yield return word;
                }
            }
        }
    }

    private static bool IsNumber(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // Splits a word into known parts, longest head first; a linking element (Fugenelement) may follow a head.
    private bool Split(string word, List<string> parts, int depth, HashSet<string> own)
    {
        if (depth > 3)
        {
            return false;
        }

        for (var headLength = word.Length - MinimumTailLength; headLength >= MinimumHeadLength; headLength--)
        {
            var head = word.Substring(0, headLength);
            if (!IsKnown(head, own))
            {
                continue;
            }

            var rest = word.Substring(headLength);
            if (TryTail(rest, parts, head, depth, own))
            {
                return true;
            }

            foreach (var link in LinkingElements)
            {
                if (rest.Length - link.Length >= MinimumTailLength && rest.StartsWith(link, StringComparison.Ordinal)
                    && TryTail(rest.Substring(link.Length), parts, head, depth, own))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool TryTail(string tail, List<string> parts, string head, int depth, HashSet<string> own)
    {
        if (IsKnown(tail, own))
        {
            parts.Add(head);
            parts.Add(tail);
            return true;
        }

        var count = parts.Count;
        parts.Add(head);
        if (tail.Length >= MinimumHeadLength + MinimumTailLength && Split(tail, parts, depth + 1, own))
        {
            return true;
        }

        parts.RemoveRange(count, parts.Count - count);
        return false;
    }

    private bool IsKnown(string part, HashSet<string> own)
    {
        if (GermanStopWords.Contains(part))
        {
            return false;
        }

        var stem = GermanStemmer.Stem(part);
        return _knownStems.Contains(stem) || own.Contains(stem);
    }

    private static string StemOf(string word) => GermanStemmer.Stem(word);
}
