using System;
using System.Collections.Generic;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;

namespace IntegrationConcept.Changes;

/// <summary>One change of a principle between two versions of a city concept.</summary>
public sealed record PrincipleChange
{
    /// <summary>Creates a change.</summary>
    /// <param name="kind">What changed.</param>
    /// <param name="principleId">The principle.</param>
    /// <param name="before">The principle in the earlier version; <see langword="null"/> for <see cref="PrincipleChangeKind.Added"/>.</param>
    /// <param name="after">The principle in the later version; <see langword="null"/> for <see cref="PrincipleChangeKind.Removed"/>.</param>
    /// <exception cref="ArgumentException">The principles present do not fit the kind.</exception>
    public PrincipleChange(PrincipleChangeKind kind, ElementId<Principle> principleId, Principle? before, Principle? after)
    {
        if ((before is null) != (kind == PrincipleChangeKind.Added) || (after is null) != (kind == PrincipleChangeKind.Removed))
        {
            throw new ArgumentException($"A change of kind {kind} needs {(kind == PrincipleChangeKind.Added ? "only the later" : kind == PrincipleChangeKind.Removed ? "only the earlier" : "both")} principle(s).", nameof(kind));
        }

        Kind = kind;
        PrincipleId = principleId;
        Before = before;
        After = after;
    }

    /// <summary>Gets what changed.</summary>
    public PrincipleChangeKind Kind { get; }

    /// <summary>Gets the principle.</summary>
    public ElementId<Principle> PrincipleId { get; }

    /// <summary>Gets the principle in the earlier version, if it existed there.</summary>
    public Principle? Before { get; }

    /// <summary>Gets the principle in the later version, if it exists there.</summary>
    public Principle? After { get; }

    /// <summary>Compares the principles of two versions by id; linear in their number.</summary>
    /// <param name="before">The principles of the earlier version.</param>
    /// <param name="after">The principles of the later version.</param>
    /// <returns>The changes: those of the later version's principles in its order, then the removed ones in the earlier order.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<PrincipleChange> Compare(ElementCollection<Principle> before, ElementCollection<Principle> after)
    {
        Guard.NotNull(before);
        Guard.NotNull(after);
        var changes = new List<PrincipleChange>();
        foreach (var principle in after)
        {
            if (!before.TryGet(principle.Id, out var old))
            {
                changes.Add(new(PrincipleChangeKind.Added, principle.Id, null, principle));
            }
            else if (!string.Equals(old.Name, principle.Name, StringComparison.Ordinal)
                || !string.Equals(old.Description, principle.Description, StringComparison.Ordinal))
            {
                changes.Add(new(PrincipleChangeKind.Reworded, principle.Id, old, principle));
            }
        }

        foreach (var principle in before)
        {
            if (!after.Contains(principle.Id))
            {
                changes.Add(new(PrincipleChangeKind.Removed, principle.Id, principle, null));
            }
        }

        return changes;
    }
}
