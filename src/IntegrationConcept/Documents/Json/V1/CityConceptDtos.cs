using System.Collections.Generic;
using IntegrationConcept.Model;
using NodaTime;

namespace IntegrationConcept.Documents.Json.V1;

// The city concept document, format version 1. JSON names are the camelCase model member names, so that
// ModelProblem.Path points into the document. Property order is the order written.

/// <summary>A <see cref="CityConcept"/> document.</summary>
internal sealed record CityConceptDocumentDto : DocumentDto
{
    public required string Title { get; init; }

    public required MunicipalityDto Municipality { get; init; }

    public required ConceptVersionDto Version { get; init; }

    public IReadOnlyList<PrincipleDto>? Principles { get; init; }

    public IReadOnlyList<ActionFieldDto>? ActionFields { get; init; }

    public IReadOnlyList<GoalDto>? Goals { get; init; }

    public IReadOnlyList<ApproachDto>? Approaches { get; init; }

    public IReadOnlyList<CityMeasureDto>? Measures { get; init; }
}

/// <summary>A <see cref="Model.Municipality"/>.</summary>
internal sealed record MunicipalityDto
{
    public required string Name { get; init; }

    public string? OfficialKey { get; init; }

    public MunicipalityProfileDto? Profile { get; init; }
}

/// <summary>A <see cref="Model.MunicipalityProfile"/>.</summary>
internal sealed record MunicipalityProfileDto
{
    public PopulationDto? Population { get; init; }

    public string? DemographicType { get; init; }

    public PopulationProjectionDto? Projection { get; init; }
}

/// <summary>A <see cref="Model.PopulationProjection"/>.</summary>
internal sealed record PopulationProjectionDto
{
    public required decimal ChangePercent { get; init; }

    public required int FromYear { get; init; }

    public required int ToYear { get; init; }
}

/// <summary>A <see cref="Model.ConceptVersion"/>.</summary>
internal sealed record ConceptVersionDto
{
    public required string Label { get; init; }

    public required ConceptStatus Status { get; init; }

    public LocalDate? AdoptionDate { get; init; }

    public string? AdoptedBy { get; init; }

    public TimeframeDto? Validity { get; init; }

    public string? Updates { get; init; }
}

/// <summary>A <see cref="Model.Principle"/>.</summary>
internal sealed record PrincipleDto
{
    public required ElementId<Principle> Id { get; init; }

    public required string Name { get; init; }

    public string? Description { get; init; }
}

/// <summary>An <see cref="Model.ActionField"/>.</summary>
internal sealed record ActionFieldDto
{
    public required ElementId<ActionField> Id { get; init; }

    public required string Name { get; init; }

    public string? EnglishName { get; init; }

    public string? Description { get; init; }
}

/// <summary>A <see cref="Model.Goal"/>.</summary>
internal sealed record GoalDto
{
    public required ElementId<Goal> Id { get; init; }

    public required ElementId<ActionField> ActionFieldId { get; init; }

    public required string Text { get; init; }

    public GoalLevel? Level { get; init; }

    public ElementId<Goal>? ParentId { get; init; }
}

/// <summary>An <see cref="Model.Approach"/>.</summary>
internal sealed record ApproachDto
{
    public required ElementId<Approach> Id { get; init; }

    public required ElementId<ActionField> ActionFieldId { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<ElementId<Goal>>? GoalIds { get; init; }

    public string? Description { get; init; }
}

/// <summary>A <see cref="Model.CityMeasure"/>.</summary>
internal sealed record CityMeasureDto
{
    public required ElementId<CityMeasure> Id { get; init; }

    public required string Name { get; init; }

    public ElementId<Approach>? ApproachId { get; init; }

    public IReadOnlyList<ElementId<Goal>>? GoalIds { get; init; }

    public string? Description { get; init; }
}
