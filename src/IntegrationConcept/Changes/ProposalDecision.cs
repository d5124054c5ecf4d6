using System;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;
using NodaTime;

namespace IntegrationConcept.Changes;

/// <summary>
/// The planners' decision on a feedback proposal: open, adopted (naming the goal of the concept version it went into),
/// or rejected (with the reason). Build it with <see cref="Open"/>, <see cref="Adopt"/> or <see cref="Reject"/>.
/// </summary>
public sealed record ProposalDecision
{
    private ProposalDecision(DecisionStatus status, LocalDate? decidedOn, string? reason, ElementId<Goal>? goalId, string? conceptVersion)
    {
        Status = status;
        DecidedOn = decidedOn;
        Reason = reason;
        GoalId = goalId;
        ConceptVersion = conceptVersion;
    }

    /// <summary>Gets the undecided state.</summary>
    public static ProposalDecision Open { get; } = new(DecisionStatus.Open, null, null, null, null);

    /// <summary>Gets the status.</summary>
    public DecisionStatus Status { get; }

    /// <summary>Gets the date of the decision, if recorded.</summary>
    public LocalDate? DecidedOn { get; }

    /// <summary>Gets the reason: required for a rejection, optional for an adoption, <see langword="null"/> when open.</summary>
    public string? Reason { get; }

    /// <summary>Gets the goal of the concept the proposal was adopted as (a new goal or a changed one); only when adopted.</summary>
    public ElementId<Goal>? GoalId { get; }

    /// <summary>Gets the label of the concept version the proposal was adopted into; only when adopted.</summary>
    public string? ConceptVersion { get; }

    /// <summary>Records an adoption.</summary>
    /// <param name="goalId">The goal of the new concept version that takes the proposal up.</param>
    /// <param name="conceptVersion">The label of that version, such as "Beschluss 13.12.2011".</param>
    /// <param name="decidedOn">The date of the decision, if known.</param>
    /// <param name="reason">A note on the adoption, if any.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentException"><paramref name="conceptVersion"/> is blank, or <paramref name="reason"/> is given but blank.</exception>
    public static ProposalDecision Adopt(ElementId<Goal> goalId, string conceptVersion, LocalDate? decidedOn = null, string? reason = null)
        => new(DecisionStatus.Adopted, decidedOn, reason is null ? null : Guard.NotBlank(reason), goalId, Guard.NotBlank(conceptVersion));

    /// <summary>Records a rejection.</summary>
    /// <param name="reason">Why the proposal is not taken up.</param>
    /// <param name="decidedOn">The date of the decision, if known.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is blank: a rejection always says why.</exception>
    public static ProposalDecision Reject(string reason, LocalDate? decidedOn = null)
        => new(DecisionStatus.Rejected, decidedOn, Guard.NotBlank(reason), null, null);
}
