using System;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;

namespace IntegrationConcept.Changes;

/// <summary>A district goal that refines a city goal the concept update removed, reworded or moved, and what to do about it.</summary>
public sealed record DistrictGoalRevisit
{
    /// <summary>Creates a revisit.</summary>
    /// <param name="districtGoalId">The district goal.</param>
    /// <param name="text">Its wording.</param>
    /// <param name="change">The change of the city goal it refines (not an addition).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="change"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="change"/> is an addition, which no district goal can refer to yet.</exception>
    public DistrictGoalRevisit(ElementId<DistrictGoal> districtGoalId, string text, GoalChange change)
    {
        DistrictGoalId = districtGoalId;
        Text = Guard.NotNull(text);
        Change = Guard.NotNull(change);
        Action = change.Kind switch
        {
            GoalChangeKind.Removed => RevisitAction.Reanchor,
            GoalChangeKind.Reworded => RevisitAction.CheckWording,
            GoalChangeKind.Moved => RevisitAction.CheckActionField,
            _ => throw new ArgumentException("An added goal gives no district goal to revisit.", nameof(change)),
        };
    }

    /// <summary>Gets the district goal.</summary>
    public ElementId<DistrictGoal> DistrictGoalId { get; }

    /// <summary>Gets its wording.</summary>
    public string Text { get; }

    /// <summary>Gets the change of the city goal it refines.</summary>
    public GoalChange Change { get; }

    /// <summary>Gets what the district must do (derived from the change).</summary>
    public RevisitAction Action { get; }
}
