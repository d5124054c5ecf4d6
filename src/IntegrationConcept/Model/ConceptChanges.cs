using System.Collections.Generic;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>
/// What changed in the goals of a city concept from an earlier version to the current one: goals added, removed,
/// reworded, or moved to another action field. A goal that was both reworded and moved has two changes.
/// </summary>
public sealed record ConceptChanges
{
    /// <summary>Creates a list of changes.</summary>
    /// <param name="fromLabel">The label of the earlier version.</param>
    /// <param name="toLabel">The label of the later version.</param>
    /// <param name="changes">The changes: first those of the later version's goals in its order, then the removed goals in the earlier order.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="fromLabel"/> or <paramref name="toLabel"/> is <see langword="null"/>.</exception>
    public ConceptChanges(string fromLabel, string toLabel, IEnumerable<GoalChange>? changes = null)
    {
        FromLabel = Guard.NotNull(fromLabel);
        ToLabel = Guard.NotNull(toLabel);
        Changes = changes.ToValueList();
    }

    /// <summary>Gets the label of the earlier version.</summary>
    public string FromLabel { get; }

    /// <summary>Gets the label of the later version.</summary>
    public string ToLabel { get; }

    /// <summary>Gets the changes.</summary>
    public ValueList<GoalChange> Changes { get; }

    /// <summary>Gets whether anything changed.</summary>
    public bool HasChanges => Changes.Count > 0;

    /// <summary>Compares the goals of two versions by id; linear in the number of goals.</summary>
    /// <param name="fromLabel">The label of the earlier version.</param>
    /// <param name="before">The goals of the earlier version.</param>
    /// <param name="toLabel">The label of the later version.</param>
    /// <param name="after">The goals of the later version.</param>
    /// <returns>The changes.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ConceptChanges Compare(string fromLabel, ElementCollection<Goal> before, string toLabel, ElementCollection<Goal> after)
    {
        Guard.NotNull(before);
        Guard.NotNull(after);
        var changes = new List<GoalChange>();
        foreach (var goal in after)
        {
            if (!before.TryGet(goal.Id, out var old))
            {
                changes.Add(new GoalChange(GoalChangeKind.Added, goal.Id, null, goal));
                continue;
            }

            if (!string.Equals(old.Text, goal.Text, System.StringComparison.Ordinal))
            {
                changes.Add(new GoalChange(GoalChangeKind.Reworded, goal.Id, old, goal));
            }

            if (old.ActionFieldId != goal.ActionFieldId)
            {
                changes.Add(new GoalChange(GoalChangeKind.Moved, goal.Id, old, goal));
            }
        }

        foreach (var goal in before)
        {
            if (!after.Contains(goal.Id))
            {
                changes.Add(new GoalChange(GoalChangeKind.Removed, goal.Id, goal, null));
            }
        }

        return new ConceptChanges(fromLabel, toLabel, changes);
    }
}
