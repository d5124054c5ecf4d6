using System;
using System.Collections.Generic;
using System.Linq;
using IntegrationConcept.Model;
using IntegrationConcept.Suggestions.Text;

namespace IntegrationConcept.Suggestions;

/// <summary>
/// Suggests city goals for the district goals and measures of a plan that refine none, by German text similarity:
/// each city goal is indexed with its wording and the names of the city approaches and measures that pursue it (not
/// its action field's name, whose words, such as "Stadtteil", drew every district text to that field); texts are stemmed (CISTEM) and compounds split; candidates are ranked by BM25.
/// </summary>
/// <remarks>
/// The suggester is built once per city concept and can be shared between threads. It never changes a plan:
/// the result is a list of <see cref="LinkSuggestion"/>s for a planner to confirm.
/// <code>
/// var suggester = new LinkSuggester(concept);
/// foreach (var suggestion in suggester.Suggest(plan))
/// {
///     Console.WriteLine($"{suggestion.SubjectId}: {suggestion.Candidates[0].GoalId} ({string.Join(", ", suggestion.Candidates[0].SharedTerms)})");
/// }
/// </code>
/// </remarks>
public sealed class LinkSuggester
{
    private readonly CityConcept _concept;
    private readonly SuggestionOptions _options;
    private readonly TextAnalyzer _analyzer;
    private readonly Bm25Index _index = new();
    private readonly List<Goal> _goals = new();

    /// <summary>Indexes the goals of a city concept.</summary>
    /// <param name="concept">The city concept.</param>
    /// <param name="options">How many candidates to list; <see langword="null"/> for <see cref="SuggestionOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="concept"/> is <see langword="null"/>.</exception>
    public LinkSuggester(CityConcept concept, SuggestionOptions? options = null)
    {
        _concept = concept ?? throw new ArgumentNullException(nameof(concept));
        _options = options ?? SuggestionOptions.Default;
        var documents = new List<string>();
        foreach (var goal in concept.Goals)
        {
            _goals.Add(goal);
            documents.Add(GoalDocument(goal));
        }

        _analyzer = new TextAnalyzer(documents);
        foreach (var document in documents)
        {
            _index.Add(_analyzer.Analyze(document));
        }
    }

    /// <summary>Suggests city goals for every district goal and measure of a plan that refines no city goal.</summary>
    /// <param name="plan">The district plan.</param>
    /// <returns>One suggestion per such district goal, then per such measure, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    public ValueList<LinkSuggestion> Suggest(DistrictPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var suggestions = new List<LinkSuggestion>();
        foreach (var goal in plan.Goals)
        {
            if (goal.RefinedGoalIds.Count == 0)
            {
                suggestions.Add(new LinkSuggestion(SuggestionSubjectKind.DistrictGoal, goal.Id.Value, goal.Text, SuggestFor(goal.Text)));
            }
        }

        if (_options.IncludeMeasures)
        {
            foreach (var measure in plan.Measures)
            {
                if (!RefinesCityGoal(plan, measure))
                {
                    var text = measure.Description is null ? measure.Name : measure.Name + ". " + measure.Description;
                    suggestions.Add(new LinkSuggestion(SuggestionSubjectKind.Measure, measure.Id.Value, text, SuggestFor(text)));
                }
            }
        }

        return new ValueList<LinkSuggestion>(suggestions);
    }

    /// <summary>Ranks the city goals for a free text, such as a measure from a list that is not yet a plan.</summary>
    /// <param name="text">The German text.</param>
    /// <returns>The candidates, most likely first; empty when no city goal shares a word with the text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public ValueList<CandidateGoal> SuggestFor(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var terms = _analyzer.Analyze(text);
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            words.TryAdd(term.Stem, term.Word);
        }

        var scored = new List<(int Index, double Score, List<string> Matched)>();
        for (var i = 0; i < _goals.Count; i++)
        {
            var matched = new List<string>();
            var score = _index.Score(i, words.Keys, matched);
            if (score > 0)
            {
                scored.Add((i, score, matched));
            }
        }

        var ranked = scored
            .OrderByDescending(s => s.Score)
            .ThenBy(s => _goals[s.Index].Id.Value, StringComparer.Ordinal)
            .Take(_options.MaxCandidates)
            .Select((s, rank) => Candidate(rank + 1, _goals[s.Index], s.Score, s.Matched.Select(m => words[m])));
        return new ValueList<CandidateGoal>(ranked);
    }

    private CandidateGoal Candidate(int rank, Goal goal, double score, IEnumerable<string> shared)
    {
        var fieldName = _concept.ActionFields.TryGet(goal.ActionFieldId, out var field) && field is not null ? field.Name : goal.ActionFieldId.Value;
        return new CandidateGoal(rank, goal.Id, goal.Text, goal.ActionFieldId, fieldName, Math.Round(score, 4), new ValueList<string>(shared.Distinct(StringComparer.Ordinal)));
    }

    private string GoalDocument(Goal goal)
    {
        var parts = new List<string> { goal.Text };

        foreach (var approach in _concept.Approaches)
        {
            if (approach.GoalIds.Contains(goal.Id))
            {
                parts.Add(approach.Name);
            }
        }

        foreach (var measure in _concept.Measures)
        {
            if (measure.GoalIds.Contains(goal.Id))
            {
                parts.Add(measure.Name);
            }
        }

        return string.Join(". ", parts);
    }

    private static bool RefinesCityGoal(DistrictPlan plan, Measure measure)
    {
        foreach (var goalId in measure.GoalIds)
        {
            if (plan.Goals.TryGet(goalId, out var goal) && goal is not null && goal.RefinedGoalIds.Count > 0)
            {
                return true;
            }
        }

        return false;
    }
}
