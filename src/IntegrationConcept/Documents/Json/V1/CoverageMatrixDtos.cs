using System.Collections.Generic;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using NodaTime;

namespace IntegrationConcept.Documents.Json.V1;

// The coverage matrix document, format version 1. Each district's report is embedded as a complete coverage report
// document (with its own formatVersion), so it can be cut out and read on its own. "districts" and "combined" are
// derived: they may be left out and must agree with the reports and rows when present. Property order is the order written.

/// <summary>A <see cref="CoverageMatrix"/> document.</summary>
internal sealed record CoverageMatrixDocumentDto : DocumentDto
{
    public required string Municipality { get; init; }

    public required string ConceptTitle { get; init; }

    public required string ConceptVersion { get; init; }

    public required LocalDate EvaluationDate { get; init; }

    /// <summary>Derived: the districts' names, in matrix order.</summary>
    public IReadOnlyList<string>? Districts { get; init; }

    /// <summary>Derived: the counts of city goals by combined grade.</summary>
    public CoverageCountsDto? Combined { get; init; }

    public IReadOnlyList<GoalCoverageRowDto>? Goals { get; init; }

    public IReadOnlyList<ActionFieldCoverageRowDto>? ActionFields { get; init; }

    public IReadOnlyList<CoverageReportDocumentDto>? Reports { get; init; }
}

/// <summary>A <see cref="GoalCoverageRow"/>.</summary>
internal sealed record GoalCoverageRowDto
{
    public required ElementId<Goal> GoalId { get; init; }

    public required ElementId<ActionField> ActionFieldId { get; init; }

    public required string Text { get; init; }

    public IReadOnlyList<CoverageGrade>? Grades { get; init; }

    public required CoverageGrade Combined { get; init; }
}

/// <summary>An <see cref="ActionFieldCoverageRow"/>.</summary>
internal sealed record ActionFieldCoverageRowDto
{
    public required ElementId<ActionField> ActionFieldId { get; init; }

    public required string Name { get; init; }

    public string? EnglishName { get; init; }

    public IReadOnlyList<ActionFieldCoverageDto>? Districts { get; init; }

    public required CoverageGrade CombinedGrade { get; init; }

    public required CoverageCountsDto Combined { get; init; }
}
