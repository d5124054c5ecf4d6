using System;
using System.Collections.Generic;
using IntegrationConcept.Internal;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;

namespace IntegrationConcept.Results;

/// <summary>A city goal the district leaves uncovered or partly covered, with the reasons: feedback for the city concept.</summary>
public sealed record Deficit
{
    /// <summary>Creates a deficit.</summary>
    /// <param name="goalId">The city goal.</param>
    /// <param name="actionFieldId">Its action field.</param>
    /// <param name="text">Its wording.</param>
    /// <param name="grade">Uncovered or partly covered.</param>
    /// <param name="reasons">Why.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public Deficit(ElementId<Goal> goalId, ElementId<ActionField> actionFieldId, string text, CoverageGrade grade, IEnumerable<LocalizedMessage>? reasons = null)
    {
        GoalId = goalId;
        ActionFieldId = actionFieldId;
        Text = Guard.NotNull(text);
        Grade = grade;
        Reasons = reasons.ToValueList();
    }

    /// <summary>Gets the city goal.</summary>
    public ElementId<Goal> GoalId { get; }

    /// <summary>Gets its action field.</summary>
    public ElementId<ActionField> ActionFieldId { get; }

    /// <summary>Gets its wording.</summary>
    public string Text { get; }

    /// <summary>Gets the grade: uncovered or partly covered.</summary>
    public CoverageGrade Grade { get; }

    /// <summary>Gets the reasons.</summary>
    public ValueList<LocalizedMessage> Reasons { get; }
}
