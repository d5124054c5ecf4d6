using System.Collections.Generic;
using System.Text.Json.Serialization;
using IntegrationConcept.Model;

namespace IntegrationConcept.Documents.Json.V1;

// The district plan document, format version 1. JSON names are the camelCase model member names, so that
// ModelProblem.Path points into the document. Property order is the order written.

/// <summary>A <see cref="DistrictPlan"/> document.</summary>
internal sealed record DistrictPlanDocumentDto : DocumentDto
{
    [JsonRequired]
    public string Title { get; set; } = null!;

    [JsonRequired]
    public DistrictDto District { get; set; } = null!;

    [JsonRequired]
    public ConceptReferenceDto Concept { get; set; } = null!;

    public TimeframeDto? Validity { get; set; }

    public IReadOnlyList<ObservationDto>? Observations { get; set; }

    public IReadOnlyList<DistrictGoalDto>? Goals { get; set; }

    public IReadOnlyList<MeasureDto>? Measures { get; set; }

    public IReadOnlyList<ActorDto>? Actors { get; set; }

    public IReadOnlyList<BodyDto>? Bodies { get; set; }

    public IReadOnlyList<TargetGroupDto>? TargetGroups { get; set; }

    public IReadOnlyList<IndicatorDto>? Indicators { get; set; }

    public IReadOnlyList<OutOfScopeDeclarationDto>? OutOfScope { get; set; }

    public IReadOnlyList<SuppressionDto>? Suppressions { get; set; }
}

/// <summary>A <see cref="Model.District"/>.</summary>
internal sealed record DistrictDto
{
    [JsonRequired]
    public string Name { get; set; } = null!;

    public PopulationDto? Population { get; set; }

    public string? Description { get; set; }
}

/// <summary>A <see cref="Model.ConceptReference"/>.</summary>
internal sealed record ConceptReferenceDto
{
    [JsonRequired]
    public string Municipality { get; set; } = null!;

    [JsonRequired]
    public string VersionLabel { get; set; } = null!;
}

/// <summary>An <see cref="Model.Observation"/>.</summary>
internal sealed record ObservationDto
{
    [JsonRequired]
    public ElementId<Observation> Id { get; set; }

    [JsonRequired]
    public ObservationKind Kind { get; set; }

    [JsonRequired]
    public string Text { get; set; } = null!;

    [JsonRequired]
    public string Source { get; set; } = null!;

    public ElementId<ActionField>? ActionFieldId { get; set; }
}

/// <summary>A <see cref="Model.DistrictGoal"/>.</summary>
internal sealed record DistrictGoalDto
{
    [JsonRequired]
    public ElementId<DistrictGoal> Id { get; set; }

    [JsonRequired]
    public string Text { get; set; } = null!;

    public IReadOnlyList<ElementId<Goal>>? RefinedGoalIds { get; set; }

    public bool? IsDistrictSpecific { get; set; }

    public ElementId<ActionField>? ActionFieldId { get; set; }

    public IReadOnlyList<ElementId<Indicator>>? IndicatorIds { get; set; }

    public IReadOnlyList<ElementId<Observation>>? ObservationIds { get; set; }
}

/// <summary>A <see cref="Model.Measure"/>.</summary>
internal sealed record MeasureDto
{
    [JsonRequired]
    public ElementId<Measure> Id { get; set; }

    [JsonRequired]
    public string Name { get; set; } = null!;

    public MeasureStatus? Status { get; set; }

    public TimeframeDto? Period { get; set; }

    public IReadOnlyList<ParticipationDto>? Participations { get; set; }

    public IReadOnlyList<ElementId<Body>>? BodyIds { get; set; }

    public IReadOnlyList<ElementId<TargetGroup>>? TargetGroupIds { get; set; }

    public IReadOnlyList<ElementId<DistrictGoal>>? GoalIds { get; set; }

    public IReadOnlyList<ElementId<Principle>>? PrincipleIds { get; set; }

    public IReadOnlyList<ElementId<Indicator>>? IndicatorIds { get; set; }

    public ElementId<Approach>? ApproachId { get; set; }

    public string? Description { get; set; }
}

/// <summary>A <see cref="Model.Participation"/>.</summary>
internal sealed record ParticipationDto
{
    [JsonRequired]
    public ElementId<Actor> ActorId { get; set; }

    [JsonRequired]
    public ParticipationRole Role { get; set; }
}

/// <summary>An <see cref="Model.Actor"/>.</summary>
internal sealed record ActorDto
{
    [JsonRequired]
    public ElementId<Actor> Id { get; set; }

    [JsonRequired]
    public string Name { get; set; } = null!;

    [JsonRequired]
    public ActorKindV1 Kind { get; set; }

    public string? Description { get; set; }
}

/// <summary>A <see cref="Model.Body"/>.</summary>
internal sealed record BodyDto
{
    [JsonRequired]
    public ElementId<Body> Id { get; set; }

    [JsonRequired]
    public string Name { get; set; } = null!;

    [JsonRequired]
    public BodyKind Kind { get; set; }

    public IReadOnlyList<ElementId<Actor>>? MemberIds { get; set; }

    public string? Description { get; set; }
}

/// <summary>A <see cref="Model.TargetGroup"/>.</summary>
internal sealed record TargetGroupDto
{
    [JsonRequired]
    public ElementId<TargetGroup> Id { get; set; }

    [JsonRequired]
    public string Name { get; set; } = null!;

    public MigrationBackground? MigrationBackground { get; set; }

    public string? Description { get; set; }
}

/// <summary>An <see cref="Model.Indicator"/>.</summary>
internal sealed record IndicatorDto
{
    [JsonRequired]
    public ElementId<Indicator> Id { get; set; }

    [JsonRequired]
    public string Name { get; set; } = null!;

    [JsonRequired]
    public IndicatorMeasureType MeasureType { get; set; }

    [JsonRequired]
    public IndicatorDirection Direction { get; set; }

    public string? Definition { get; set; }

    public string? Unit { get; set; }

    public DataPointDto? Baseline { get; set; }

    public IReadOnlyList<DataPointDto>? Targets { get; set; }

    public IReadOnlyList<DataPointDto>? Measurements { get; set; }

    public string? DataSource { get; set; }

    public SpatialLevelV1? SpatialLevel { get; set; }
}

/// <summary>An <see cref="Model.OutOfScopeDeclaration"/>.</summary>
internal sealed record OutOfScopeDeclarationDto
{
    [JsonRequired]
    public ElementKindV1 Kind { get; set; }

    [JsonRequired]
    public string ElementId { get; set; } = null!;

    [JsonRequired]
    public string Justification { get; set; } = null!;
}

/// <summary>A <see cref="Model.Suppression"/>.</summary>
internal sealed record SuppressionDto
{
    [JsonRequired]
    public string RuleId { get; set; } = null!;

    [JsonRequired]
    public string ElementId { get; set; } = null!;

    [JsonRequired]
    public string Justification { get; set; } = null!;
}
