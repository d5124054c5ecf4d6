using System;
using IntegrationConcept.Model;

namespace IntegrationConcept.Suggestions;

/// <summary>One city goal suggested for a district element, with its action field, score and the reason.</summary>
public sealed record CandidateGoal
{
    /// <summary>Creates a candidate.</summary>
    /// <param name="rank">The rank among the candidates, 1 for the most likely.</param>
    /// <param name="goalId">The city goal.</param>
    /// <param name="goalText">The city goal's wording.</param>
    /// <param name="actionFieldId">The city goal's action field.</param>
    /// <param name="actionFieldName">The action field's name.</param>
    /// <param name="score">The BM25 score; higher is more similar; only comparable within one concept.</param>
    /// <param name="sharedTerms">The words both texts share (after stemming and compound splitting), as found in the district text.</param>
    /// <exception cref="ArgumentNullException">A text or <paramref name="sharedTerms"/> is <see langword="null"/>.</exception>
    public CandidateGoal(int rank, ElementId<Goal> goalId, string goalText, ElementId<ActionField> actionFieldId, string actionFieldName, double score, ValueList<string> sharedTerms)
    {
        Rank = rank;
        GoalId = goalId;
        GoalText = goalText ?? throw new ArgumentNullException(nameof(goalText));
        ActionFieldId = actionFieldId;
        ActionFieldName = actionFieldName ?? throw new ArgumentNullException(nameof(actionFieldName));
        Score = score;
        SharedTerms = sharedTerms ?? throw new ArgumentNullException(nameof(sharedTerms));
    }

    /// <summary>Gets the rank among the candidates, 1 for the most likely.</summary>
    public int Rank { get; }

    /// <summary>Gets the city goal.</summary>
    public ElementId<Goal> GoalId { get; }

    /// <summary>Gets the city goal's wording.</summary>
    public string GoalText { get; }

    /// <summary>Gets the city goal's action field.</summary>
    public ElementId<ActionField> ActionFieldId { get; }

    /// <summary>Gets the action field's name.</summary>
    public string ActionFieldName { get; }

    /// <summary>Gets the BM25 score: higher is more similar; scores compare only within one city concept.</summary>
    public double Score { get; }

    /// <summary>Gets the words both texts share, as they stand in the district text (compound parts lower case): the reason for the suggestion.</summary>
    public ValueList<string> SharedTerms { get; }
}
