namespace IntegrationConcept.Model;

/// <summary>One change of a city goal between two versions of the concept.</summary>
public sealed record GoalChange
{
    /// <summary>Creates a change.</summary>
    /// <param name="kind">What changed.</param>
    /// <param name="goalId">The goal.</param>
    /// <param name="before">The goal in the earlier version; <see langword="null"/> for <see cref="GoalChangeKind.Added"/>.</param>
    /// <param name="after">The goal in the later version; <see langword="null"/> for <see cref="GoalChangeKind.Removed"/>.</param>
    public GoalChange(GoalChangeKind kind, ElementId<Goal> goalId, Goal? before, Goal? after)
    {
        Kind = kind;
        GoalId = goalId;
        Before = before;
        After = after;
    }

    /// <summary>Gets what changed.</summary>
    public GoalChangeKind Kind { get; }

    /// <summary>Gets the goal.</summary>
    public ElementId<Goal> GoalId { get; }

    /// <summary>Gets the goal in the earlier version, if it existed there.</summary>
    public Goal? Before { get; }

    /// <summary>Gets the goal in the later version, if it exists there.</summary>
    public Goal? After { get; }
}
