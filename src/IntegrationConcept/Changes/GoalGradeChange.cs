using System;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Changes;

/// <summary>The grade of one city goal in two checks, and how it changed.</summary>
public sealed record GoalGradeChange
{
    /// <summary>Creates a goal's change.</summary>
    /// <param name="goalId">The city goal.</param>
    /// <param name="actionFieldId">Its action field in the later check (in the earlier one for a removed goal).</param>
    /// <param name="text">Its wording in the later check (in the earlier one for a removed goal).</param>
    /// <param name="before">The grade in the earlier check, or <see langword="null"/> when that check does not have the goal.</param>
    /// <param name="after">The grade in the later check, or <see langword="null"/> when that check does not have the goal.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">Both grades are <see langword="null"/>.</exception>
    public GoalGradeChange(ElementId<Goal> goalId, ElementId<ActionField> actionFieldId, string text, CoverageGrade? before, CoverageGrade? after)
    {
        if (before is null && after is null)
        {
            throw new ArgumentException("At least one of the two checks must have the goal.", nameof(before));
        }

        GoalId = goalId;
        ActionFieldId = actionFieldId;
        Text = Guard.NotNull(text);
        Before = before;
        After = after;
        Transition = GradeTransitions.Of(before, after);
    }

    /// <summary>Gets the city goal.</summary>
    public ElementId<Goal> GoalId { get; }

    /// <summary>Gets its action field (in the later check, or the earlier one for a removed goal).</summary>
    public ElementId<ActionField> ActionFieldId { get; }

    /// <summary>Gets its wording (in the later check, or the earlier one for a removed goal).</summary>
    public string Text { get; }

    /// <summary>Gets the grade in the earlier check, or <see langword="null"/> for an added goal.</summary>
    public CoverageGrade? Before { get; }

    /// <summary>Gets the grade in the later check, or <see langword="null"/> for a removed goal.</summary>
    public CoverageGrade? After { get; }

    /// <summary>Gets how the grade changed (derived from <see cref="Before"/> and <see cref="After"/>).</summary>
    public GradeTransition Transition { get; }
}
