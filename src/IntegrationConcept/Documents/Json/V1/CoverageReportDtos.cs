using System.Collections.Generic;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using NodaTime;

namespace IntegrationConcept.Documents.Json.V1;

// The coverage report document, format version 1. Members marked "derived" are written for consumers that do not
// run this library (totals, percentages, rendered messages, the suppression flag); they may be left out, are
// recomputed on reading and, when present, must agree with the recomputed value. Property order is the order written.

/// <summary>A <see cref="CoverageReport"/> document.</summary>
internal sealed record CoverageReportDocumentDto : DocumentDto
{
    public required string District { get; init; }

    public required string PlanTitle { get; init; }

    public required string Municipality { get; init; }

    public required string ConceptTitle { get; init; }

    public required string ConceptVersion { get; init; }

    public required string PlanConceptVersion { get; init; }

    public required LocalDate EvaluationDate { get; init; }

    public required string RuleSetName { get; init; }

    /// <summary>Derived: the counts of city goals by grade.</summary>
    public CoverageCountsDto? Overall { get; init; }

    /// <summary>Derived: the counts of action fields by grade.</summary>
    public CoverageCountsDto? ActionFieldTotals { get; init; }

    /// <summary>Derived: the counts of principles by grade.</summary>
    public CoverageCountsDto? PrincipleTotals { get; init; }

    public IReadOnlyList<GoalCoverageDto>? Goals { get; init; }

    public IReadOnlyList<ActionFieldCoverageDto>? ActionFields { get; init; }

    public IReadOnlyList<PrincipleCoverageDto>? Principles { get; init; }

    public IReadOnlyList<FindingDto>? Findings { get; init; }

    public ConceptFeedbackDto? Feedback { get; init; }
}

/// <summary>A <see cref="CoverageCounts"/>: the four counts, and (derived) the percentages of the elements in scope.</summary>
internal sealed record CoverageCountsDto
{
    public required int Covered { get; init; }

    public required int PartlyCovered { get; init; }

    public required int Uncovered { get; init; }

    public required int OutOfScope { get; init; }

    public decimal? CoveredPercent { get; init; }

    public decimal? PartlyCoveredPercent { get; init; }

    public decimal? UncoveredPercent { get; init; }
}

/// <summary>A <see cref="GoalCoverage"/>.</summary>
internal sealed record GoalCoverageDto
{
    public required ElementId<Goal> GoalId { get; init; }

    public required ElementId<ActionField> ActionFieldId { get; init; }

    public required string Text { get; init; }

    public required CoverageGrade Grade { get; init; }

    public IReadOnlyList<ElementId<DistrictGoal>>? RefiningGoalIds { get; init; }

    public IReadOnlyList<MissingCriterion>? MissingCriteria { get; init; }

    public string? OutOfScopeJustification { get; init; }
}

/// <summary>An <see cref="ActionFieldCoverage"/>.</summary>
internal sealed record ActionFieldCoverageDto
{
    public required ElementId<ActionField> ActionFieldId { get; init; }

    public required string Name { get; init; }

    public string? EnglishName { get; init; }

    public required CoverageGrade Grade { get; init; }

    public required CoverageCountsDto Goals { get; init; }
}

/// <summary>A <see cref="PrincipleCoverage"/>.</summary>
internal sealed record PrincipleCoverageDto
{
    public required ElementId<Principle> PrincipleId { get; init; }

    public required string Name { get; init; }

    public required CoverageGrade Grade { get; init; }

    public IReadOnlyList<ElementId<Measure>>? MeasureIds { get; init; }
}

/// <summary>A <see cref="Finding"/>.</summary>
internal sealed record FindingDto
{
    public required string RuleId { get; init; }

    public required Severity Severity { get; init; }

    public required RuleCategory Category { get; init; }

    public required ElementReferenceDto Subject { get; init; }

    public required MessageDto Message { get; init; }

    public IReadOnlyList<MessageDto>? Reasons { get; init; }

    /// <summary>Derived: whether <see cref="SuppressionJustification"/> is set.</summary>
    public bool? Suppressed { get; init; }

    public string? SuppressionJustification { get; init; }
}

/// <summary>An <see cref="ElementReference"/>; the path carries the member inside the element, if any.</summary>
internal sealed record ElementReferenceDto
{
    public required DocumentKind Document { get; init; }

    public required ElementKind Kind { get; init; }

    public string? Id { get; init; }

    public int? Index { get; init; }

    public required string Path { get; init; }
}

/// <summary>
/// A <see cref="LocalizedMessage"/>: (derived) the message rendered in German and English, then the template and
/// the arguments it is rendered from.
/// </summary>
internal sealed record MessageDto
{
    public string? De { get; init; }

    public string? En { get; init; }

    public required LocalizedTextDto Template { get; init; }

    public IReadOnlyList<MessageArgumentDto>? Arguments { get; init; }
}

/// <summary>A <see cref="LocalizedText"/>.</summary>
internal sealed record LocalizedTextDto
{
    public required string De { get; init; }

    public required string En { get; init; }
}

/// <summary>A <see cref="MessageArgument"/>: the kind and the one member it uses.</summary>
internal sealed record MessageArgumentDto
{
    public required MessageArgumentKind Kind { get; init; }

    public string? Text { get; init; }

    public decimal? Number { get; init; }

    public LocalDate? Date { get; init; }

    public IReadOnlyList<LocalizedTextDto>? Localized { get; init; }
}

/// <summary>A <see cref="ConceptFeedback"/>.</summary>
internal sealed record ConceptFeedbackDto
{
    public IReadOnlyList<DeficitDto>? Deficits { get; init; }

    public IReadOnlyList<PotentialDto>? Potentials { get; init; }
}

/// <summary>A <see cref="Deficit"/>.</summary>
internal sealed record DeficitDto
{
    public required ElementId<Goal> GoalId { get; init; }

    public required ElementId<ActionField> ActionFieldId { get; init; }

    public required string Text { get; init; }

    public required CoverageGrade Grade { get; init; }

    public IReadOnlyList<MessageDto>? Reasons { get; init; }
}

/// <summary>A <see cref="Potential"/>.</summary>
internal sealed record PotentialDto
{
    public required ElementId<DistrictGoal> DistrictGoalId { get; init; }

    public required string Text { get; init; }

    public ElementId<ActionField>? ActionFieldId { get; init; }
}
