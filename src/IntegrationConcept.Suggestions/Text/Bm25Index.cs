using System;
using System.Collections.Generic;

namespace IntegrationConcept.Suggestions.Text;

/// <summary>
/// Okapi BM25 over a small set of documents (the city goals): term frequency saturated by <c>k1</c>, document length
/// normalised by <c>b</c>, inverse document frequency <c>ln(1 + (N - n + 0.5) / (n + 0.5))</c>.
/// </summary>
internal sealed class Bm25Index
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private readonly List<Dictionary<string, int>> _frequencies = new();
    private readonly List<int> _lengths = new();
    private readonly Dictionary<string, int> _documentFrequency = new(StringComparer.Ordinal);
    private double _averageLength;

    /// <summary>Gets the number of documents.</summary>
    public int Count => _frequencies.Count;

    /// <summary>Adds a document; documents are numbered in the order they are added.</summary>
    /// <param name="terms">The document's terms.</param>
    public void Add(IReadOnlyList<Term> terms)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            frequencies[term.Stem] = frequencies.GetValueOrDefault(term.Stem) + 1;
        }

        foreach (var stem in frequencies.Keys)
        {
            _documentFrequency[stem] = _documentFrequency.GetValueOrDefault(stem) + 1;
        }

        _frequencies.Add(frequencies);
        _lengths.Add(terms.Count);
        var total = 0L;
        foreach (var length in _lengths)
        {
            total += length;
        }

        _averageLength = (double)total / _lengths.Count;
    }

    /// <summary>Scores one document against the distinct stems of a query.</summary>
    /// <param name="document">The document's number.</param>
    /// <param name="queryStems">The query's distinct stems.</param>
    /// <param name="matched">Receives the stems that occur in the document.</param>
    /// <returns>The BM25 score; 0 when nothing matches.</returns>
    public double Score(int document, IEnumerable<string> queryStems, List<string> matched)
    {
        var frequencies = _frequencies[document];
        var norm = K1 * (1 - B + (B * _lengths[document] / Math.Max(_averageLength, 1)));
        var score = 0.0;
        foreach (var stem in queryStems)
        {
            if (!frequencies.TryGetValue(stem, out var tf))
            {
                continue;
            }

            var n = _documentFrequency[stem];
            var idf = Math.Log(1 + ((Count - n + 0.5) / (n + 0.5)));
            score += idf * (tf * (K1 + 1)) / (tf + norm);
            matched.Add(stem);
        }

        return score;
    }
}
