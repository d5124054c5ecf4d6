using System.Collections.Generic;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;

namespace IntegrationConcept.Changes;

/// <summary>An adopted feedback proposal and the goal of the concept version it went into.</summary>
public sealed record AdoptionLink
{
    /// <summary>Creates a link.</summary>
    /// <param name="proposal">The adopted proposal.</param>
    /// <param name="goalId">The goal its decision names.</param>
    /// <param name="goal">That goal in the concept, or <see langword="null"/> when the concept has no such goal (a broken link).</param>
    /// <param name="changes">What changed in the goal since the version the feedback addresses (added, reworded, moved); empty when unchanged.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="proposal"/> is <see langword="null"/>.</exception>
    public AdoptionLink(FeedbackProposal proposal, ElementId<Goal> goalId, Goal? goal, IEnumerable<GoalChange>? changes = null)
    {
        Proposal = Guard.NotNull(proposal);
        GoalId = goalId;
        Goal = goal;
        Changes = changes.ToValueList();
    }

    /// <summary>Gets the adopted proposal.</summary>
    public FeedbackProposal Proposal { get; }

    /// <summary>Gets the goal its decision names.</summary>
    public ElementId<Goal> GoalId { get; }

    /// <summary>Gets the goal in the concept, or <see langword="null"/> when the concept has no goal of that id.</summary>
    public Goal? Goal { get; }

    /// <summary>Gets whether the concept has the goal the decision names.</summary>
    public bool IsResolved => Goal is not null;

    /// <summary>Gets what changed in the goal since the version the feedback addresses; empty when the goal is unchanged.</summary>
    public ValueList<GoalChange> Changes { get; }
}
