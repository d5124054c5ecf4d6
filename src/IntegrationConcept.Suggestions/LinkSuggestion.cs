using System;
using System.Linq;
using IntegrationConcept.Model;

namespace IntegrationConcept.Suggestions;

/// <summary>
/// The likely city goals for one district goal or measure that refines no city goal. A suggestion changes
/// nothing: a planner confirms a candidate (<see cref="Confirm"/>), and <see cref="LinkApplier.Apply"/> makes
/// the confirmed links part of a new plan.
/// </summary>
public sealed record LinkSuggestion
{
    /// <summary>Creates a suggestion.</summary>
    /// <param name="subjectKind">District goal or measure.</param>
    /// <param name="subjectId">The district goal's or measure's id.</param>
    /// <param name="subjectText">The text that was compared: the goal's wording, or the measure's name and description.</param>
    /// <param name="candidates">The candidates, most likely first; empty when no city goal shares a word.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public LinkSuggestion(SuggestionSubjectKind subjectKind, string subjectId, string subjectText, ValueList<CandidateGoal> candidates)
    {
        SubjectKind = subjectKind;
        SubjectId = subjectId ?? throw new ArgumentNullException(nameof(subjectId));
        SubjectText = subjectText ?? throw new ArgumentNullException(nameof(subjectText));
        Candidates = candidates ?? throw new ArgumentNullException(nameof(candidates));
    }

    /// <summary>Gets whether the suggestion is for a district goal or a measure.</summary>
    public SuggestionSubjectKind SubjectKind { get; }

    /// <summary>Gets the district goal's or measure's id.</summary>
    public string SubjectId { get; }

    /// <summary>Gets the text that was compared.</summary>
    public string SubjectText { get; }

    /// <summary>Gets the candidates, most likely first.</summary>
    public ValueList<CandidateGoal> Candidates { get; }

    /// <summary>Confirms one of the candidates.</summary>
    /// <param name="goalId">The city goal the planner chose; it must be one of <see cref="Candidates"/>.</param>
    /// <returns>The confirmed link.</returns>
    /// <exception cref="ArgumentException"><paramref name="goalId"/> is not a candidate of this suggestion.</exception>
    public ConfirmedLink Confirm(ElementId<Goal> goalId)
    {
        if (!Candidates.Any(c => c.GoalId == goalId))
        {
            throw new ArgumentException($"The city goal '{goalId}' is not a candidate for {SubjectId}.", nameof(goalId));
        }

        return new ConfirmedLink(SubjectKind, SubjectId, goalId);
    }
}
