using System.Collections.Generic;
using System.Text.Json.Serialization;
using IntegrationConcept.Model;
using NodaTime;

namespace IntegrationConcept.Documents.Json.V1;

// The city concept document, format version 1. JSON names are the camelCase model member names, so that
// ModelProblem.Path points into the document. Property order is the order written.

/// <summary>A <see cref="CityConcept"/> document.</summary>
internal sealed record CityConceptDocumentDto : DocumentDto
{
    [JsonRequired]
    public string Title { get; set; } = null!;

    [JsonRequired]
    public MunicipalityDto Municipality { get; set; } = null!;

    [JsonRequired]
    public ConceptVersionDto Version { get; set; } = null!;

    public IReadOnlyList<PrincipleDto>? Principles { get; set; }

    public IReadOnlyList<ActionFieldDto>? ActionFields { get; set; }

    public IReadOnlyList<GoalDto>? Goals { get; set; }

    public IReadOnlyList<ApproachDto>? Approaches { get; set; }

    public IReadOnlyList<CityMeasureDto>? Measures { get; set; }
}

/// <summary>A <see cref="Model.Municipality"/>.</summary>
internal sealed record MunicipalityDto
{
    [JsonRequired]
    public string Name { get; set; } = null!;

    public string? OfficialKey { get; set; }

    public MunicipalityProfileDto? Profile { get; set; }
}

/// <summary>A <see cref="Model.MunicipalityProfile"/>.</summary>
internal sealed record MunicipalityProfileDto
{
    public PopulationDto? Population { get; set; }

    public string? DemographicType { get; set; }

    public PopulationProjectionDto? Projection { get; set; }
}

/// <summary>A <see cref="Model.PopulationProjection"/>.</summary>
internal sealed record PopulationProjectionDto
{
    [JsonRequired]
    public decimal ChangePercent { get; set; }

    [JsonRequired]
    public int FromYear { get; set; }

    [JsonRequired]
    public int ToYear { get; set; }
}

/// <summary>A <see cref="Model.ConceptVersion"/>.</summary>
internal sealed record ConceptVersionDto
{
    [JsonRequired]
    public string Label { get; set; } = null!;

    [JsonRequired]
    public ConceptStatus Status { get; set; }

    public LocalDate? AdoptionDate { get; set; }

    public string? AdoptedBy { get; set; }

    public TimeframeDto? Validity { get; set; }

    public string? Updates { get; set; }
}

/// <summary>A <see cref="Model.Principle"/>.</summary>
internal sealed record PrincipleDto
{
    [JsonRequired]
    public ElementId<Principle> Id { get; set; }

    [JsonRequired]
    public string Name { get; set; } = null!;

    public string? Description { get; set; }
}

/// <summary>An <see cref="Model.ActionField"/>.</summary>
internal sealed record ActionFieldDto
{
    [JsonRequired]
    public ElementId<ActionField> Id { get; set; }

    [JsonRequired]
    public string Name { get; set; } = null!;

    public string? EnglishName { get; set; }

    public string? Description { get; set; }
}

/// <summary>A <see cref="Model.Goal"/>.</summary>
internal sealed record GoalDto
{
    [JsonRequired]
    public ElementId<Goal> Id { get; set; }

    [JsonRequired]
    public ElementId<ActionField> ActionFieldId { get; set; }

    [JsonRequired]
    public string Text { get; set; } = null!;

    public GoalLevel? Level { get; set; }

    public ElementId<Goal>? ParentId { get; set; }
}

/// <summary>An <see cref="Model.Approach"/>.</summary>
internal sealed record ApproachDto
{
    [JsonRequired]
    public ElementId<Approach> Id { get; set; }

    [JsonRequired]
    public ElementId<ActionField> ActionFieldId { get; set; }

    [JsonRequired]
    public string Name { get; set; } = null!;

    public IReadOnlyList<ElementId<Goal>>? GoalIds { get; set; }

    public string? Description { get; set; }
}

/// <summary>A <see cref="Model.CityMeasure"/>.</summary>
internal sealed record CityMeasureDto
{
    [JsonRequired]
    public ElementId<CityMeasure> Id { get; set; }

    [JsonRequired]
    public string Name { get; set; } = null!;

    public ElementId<Approach>? ApproachId { get; set; }

    public IReadOnlyList<ElementId<Goal>>? GoalIds { get; set; }

    public string? Description { get; set; }
}
