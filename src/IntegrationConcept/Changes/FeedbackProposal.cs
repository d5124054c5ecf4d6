using System;
using System.Collections.Generic;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;

namespace IntegrationConcept.Changes;

/// <summary>
/// One proposal of a feedback document: a deficit or potential of a district's check, with its provenance and the
/// findings behind it, the city goal or action field it concerns (or none: a new goal), and the planners' decision.
/// </summary>
public sealed record FeedbackProposal
{
    /// <summary>Creates a proposal.</summary>
    /// <param name="id">The proposal's id, unique in its document, such as "R-1".</param>
    /// <param name="kind">Deficit or potential.</param>
    /// <param name="provenance">The check it comes from.</param>
    /// <param name="text">What it is about: the city goal's wording for a deficit, the district goal's for a potential.</param>
    /// <param name="goalId">The city goal it concerns, or <see langword="null"/> for a new goal.</param>
    /// <param name="actionFieldId">The action field it concerns, if known.</param>
    /// <param name="sourceElementId">The element of the check it stems from: the city goal of a deficit, the district goal of a potential.</param>
    /// <param name="findings">The findings behind it.</param>
    /// <param name="decision">The decision; <see cref="ProposalDecision.Open"/> when <see langword="null"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/>, <paramref name="text"/> or <paramref name="sourceElementId"/> is blank; a deficit names no goal.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="provenance"/> is <see langword="null"/>.</exception>
    public FeedbackProposal(
        string id,
        ProposalKind kind,
        ProposalProvenance provenance,
        string text,
        ElementId<Goal>? goalId,
        ElementId<ActionField>? actionFieldId,
        string sourceElementId,
        IEnumerable<FindingReference>? findings = null,
        ProposalDecision? decision = null)
    {
        if (kind == ProposalKind.Deficit && goalId is null)
        {
            throw new ArgumentException("A deficit is about a city goal: name it.", nameof(goalId));
        }

        Id = Guard.NotBlank(id);
        Kind = kind;
        Provenance = Guard.NotNull(provenance);
        Text = Guard.NotBlank(text);
        GoalId = goalId;
        ActionFieldId = actionFieldId;
        SourceElementId = Guard.NotBlank(sourceElementId);
        Findings = findings.ToValueList();
        Decision = decision ?? ProposalDecision.Open;
    }

    /// <summary>Gets the proposal's id, unique in its document.</summary>
    public string Id { get; }

    /// <summary>Gets whether it is a deficit or a potential.</summary>
    public ProposalKind Kind { get; }

    /// <summary>Gets the check it comes from.</summary>
    public ProposalProvenance Provenance { get; }

    /// <summary>Gets what it is about.</summary>
    public string Text { get; }

    /// <summary>Gets the city goal it concerns, or <see langword="null"/> when it proposes a new goal.</summary>
    public ElementId<Goal>? GoalId { get; }

    /// <summary>Gets the action field it concerns, if known.</summary>
    public ElementId<ActionField>? ActionFieldId { get; }

    /// <summary>Gets whether it proposes a new city goal (it concerns no existing one).</summary>
    public bool IsNewGoal => GoalId is null;

    /// <summary>Gets the element of the check it stems from: the city goal of a deficit, the district goal of a potential.</summary>
    public string SourceElementId { get; }

    /// <summary>Gets the findings behind it, by rule id and element id.</summary>
    public ValueList<FindingReference> Findings { get; }

    /// <summary>Gets the planners' decision.</summary>
    public ProposalDecision Decision { get; }

    /// <summary>Returns a copy with another decision.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The decided proposal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is <see langword="null"/>.</exception>
    public FeedbackProposal WithDecision(ProposalDecision decision)
        => new(Id, Kind, Provenance, Text, GoalId, ActionFieldId, SourceElementId, Findings, Guard.NotNull(decision));
}
