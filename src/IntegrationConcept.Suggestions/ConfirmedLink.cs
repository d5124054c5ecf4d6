using System;
using IntegrationConcept.Model;

namespace IntegrationConcept.Suggestions;

/// <summary>A link a planner has confirmed: this district goal or measure takes up that city goal.</summary>
public sealed record ConfirmedLink
{
    /// <summary>Creates a confirmed link.</summary>
    /// <param name="subjectKind">District goal or measure.</param>
    /// <param name="subjectId">The district goal's or measure's id.</param>
    /// <param name="goalId">The city goal.</param>
    /// <exception cref="ArgumentException"><paramref name="subjectId"/> is blank.</exception>
    public ConfirmedLink(SuggestionSubjectKind subjectKind, string subjectId, ElementId<Goal> goalId)
    {
        if (string.IsNullOrWhiteSpace(subjectId))
        {
            throw new ArgumentException("A confirmed link needs the id of the district goal or measure.", nameof(subjectId));
        }

        SubjectKind = subjectKind;
        SubjectId = subjectId;
        GoalId = goalId;
    }

    /// <summary>Gets whether the link is for a district goal or a measure.</summary>
    public SuggestionSubjectKind SubjectKind { get; }

    /// <summary>Gets the district goal's or measure's id.</summary>
    public string SubjectId { get; }

    /// <summary>Gets the city goal.</summary>
    public ElementId<Goal> GoalId { get; }
}
