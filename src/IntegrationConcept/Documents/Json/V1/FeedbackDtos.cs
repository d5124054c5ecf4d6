using System.Collections.Generic;
using IntegrationConcept.Changes;
using IntegrationConcept.Model;
using NodaTime;

namespace IntegrationConcept.Documents.Json.V1;

// The feedback document (Rückkopplung), format version 1. Property order is the order written.

/// <summary>A <see cref="FeedbackDocument"/>.</summary>
internal sealed record FeedbackDocumentDto : DocumentDto
{
    public required string Title { get; init; }

    public required string Municipality { get; init; }

    public required string ConceptVersion { get; init; }

    public IReadOnlyList<FeedbackProposalDto>? Proposals { get; init; }
}

/// <summary>A <see cref="FeedbackProposal"/>; no <c>goalId</c> means "new goal".</summary>
internal sealed record FeedbackProposalDto
{
    public required string Id { get; init; }

    public required ProposalKind Kind { get; init; }

    public required string Text { get; init; }

    public ElementId<Goal>? GoalId { get; init; }

    public ElementId<ActionField>? ActionFieldId { get; init; }

    public required string SourceElementId { get; init; }

    public required ProvenanceDto Provenance { get; init; }

    public IReadOnlyList<FindingReferenceDto>? Findings { get; init; }

    public required DecisionDto Decision { get; init; }
}

/// <summary>A <see cref="ProposalProvenance"/>.</summary>
internal sealed record ProvenanceDto
{
    public required string District { get; init; }

    public required string PlanTitle { get; init; }

    public required string PlanConceptVersion { get; init; }

    public required LocalDate EvaluationDate { get; init; }
}

/// <summary>A <see cref="FindingReference"/>.</summary>
internal sealed record FindingReferenceDto
{
    public required string RuleId { get; init; }

    public required string ElementId { get; init; }
}

/// <summary>A <see cref="ProposalDecision"/>: <c>goalId</c> and <c>conceptVersion</c> only when adopted, <c>reason</c> required when rejected.</summary>
internal sealed record DecisionDto
{
    public required DecisionStatus Status { get; init; }

    public LocalDate? DecidedOn { get; init; }

    public string? Reason { get; init; }

    public ElementId<Goal>? GoalId { get; init; }

    public string? ConceptVersion { get; init; }
}
