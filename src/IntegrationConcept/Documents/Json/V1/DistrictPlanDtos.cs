using System.Collections.Generic;
using IntegrationConcept.Model;

namespace IntegrationConcept.Documents.Json.V1;

// The district plan document, format version 1. JSON names are the camelCase model member names, so that
// ModelProblem.Path points into the document. Property order is the order written.

/// <summary>A <see cref="DistrictPlan"/> document.</summary>
internal sealed record DistrictPlanDocumentDto : DocumentDto
{
    public required string Title { get; init; }

    public required DistrictDto District { get; init; }

    public required ConceptReferenceDto Concept { get; init; }

    public TimeframeDto? Validity { get; init; }

    public IReadOnlyList<ObservationDto>? Observations { get; init; }

    public IReadOnlyList<DistrictGoalDto>? Goals { get; init; }

    public IReadOnlyList<MeasureDto>? Measures { get; init; }

    public IReadOnlyList<ActorDto>? Actors { get; init; }

    public IReadOnlyList<BodyDto>? Bodies { get; init; }

    public IReadOnlyList<TargetGroupDto>? TargetGroups { get; init; }

    public IReadOnlyList<IndicatorDto>? Indicators { get; init; }

    public IReadOnlyList<OutOfScopeDeclarationDto>? OutOfScope { get; init; }

    public IReadOnlyList<SuppressionDto>? Suppressions { get; init; }
}

/// <summary>A <see cref="Model.District"/>.</summary>
internal sealed record DistrictDto
{
    public required string Name { get; init; }

    public PopulationDto? Population { get; init; }

    public string? Description { get; init; }
}

/// <summary>A <see cref="Model.ConceptReference"/>.</summary>
internal sealed record ConceptReferenceDto
{
    public required string Municipality { get; init; }

    public required string VersionLabel { get; init; }
}

/// <summary>An <see cref="Model.Observation"/>.</summary>
internal sealed record ObservationDto
{
    public required ElementId<Observation> Id { get; init; }

    public required ObservationKind Kind { get; init; }

    public required string Text { get; init; }

    public required string Source { get; init; }

    public ElementId<ActionField>? ActionFieldId { get; init; }
}

/// <summary>A <see cref="Model.DistrictGoal"/>.</summary>
internal sealed record DistrictGoalDto
{
    public required ElementId<DistrictGoal> Id { get; init; }

    public required string Text { get; init; }

    public IReadOnlyList<ElementId<Goal>>? RefinedGoalIds { get; init; }

    public bool? IsDistrictSpecific { get; init; }

    public ElementId<ActionField>? ActionFieldId { get; init; }

    public IReadOnlyList<ElementId<Indicator>>? IndicatorIds { get; init; }

    public IReadOnlyList<ElementId<Observation>>? ObservationIds { get; init; }
}

/// <summary>A <see cref="Model.Measure"/>.</summary>
internal sealed record MeasureDto
{
    public required ElementId<Measure> Id { get; init; }

    public required string Name { get; init; }

    public MeasureStatus? Status { get; init; }

    public TimeframeDto? Period { get; init; }

    public IReadOnlyList<ParticipationDto>? Participations { get; init; }

    public IReadOnlyList<ElementId<Body>>? BodyIds { get; init; }

    public IReadOnlyList<ElementId<TargetGroup>>? TargetGroupIds { get; init; }

    public IReadOnlyList<ElementId<DistrictGoal>>? GoalIds { get; init; }

    public IReadOnlyList<ElementId<Principle>>? PrincipleIds { get; init; }

    public IReadOnlyList<ElementId<Indicator>>? IndicatorIds { get; init; }

    public ElementId<Approach>? ApproachId { get; init; }

    public string? Description { get; init; }
}

/// <summary>A <see cref="Model.Participation"/>.</summary>
internal sealed record ParticipationDto
{
    public required ElementId<Actor> ActorId { get; init; }

    public required ParticipationRole Role { get; init; }
}

/// <summary>An <see cref="Model.Actor"/>.</summary>
internal sealed record ActorDto
{
    public required ElementId<Actor> Id { get; init; }

    public required string Name { get; init; }

    public required ActorKind Kind { get; init; }

    public string? Description { get; init; }
}

/// <summary>A <see cref="Model.Body"/>.</summary>
internal sealed record BodyDto
{
    public required ElementId<Body> Id { get; init; }

    public required string Name { get; init; }

    public required BodyKind Kind { get; init; }

    public IReadOnlyList<ElementId<Actor>>? MemberIds { get; init; }

    public string? Description { get; init; }
}

/// <summary>A <see cref="Model.TargetGroup"/>.</summary>
internal sealed record TargetGroupDto
{
    public required ElementId<TargetGroup> Id { get; init; }

    public required string Name { get; init; }

    public MigrationBackground? MigrationBackground { get; init; }

    public string? Description { get; init; }
}

/// <summary>An <see cref="Model.Indicator"/>.</summary>
internal sealed record IndicatorDto
{
    public required ElementId<Indicator> Id { get; init; }

    public required string Name { get; init; }

    public required IndicatorMeasureType MeasureType { get; init; }

    public required IndicatorDirection Direction { get; init; }

    public string? Definition { get; init; }

    public string? Unit { get; init; }

    public DataPointDto? Baseline { get; init; }

    public IReadOnlyList<DataPointDto>? Targets { get; init; }

    public IReadOnlyList<DataPointDto>? Measurements { get; init; }

    public string? DataSource { get; init; }

    public SpatialLevel? SpatialLevel { get; init; }
}

/// <summary>An <see cref="Model.OutOfScopeDeclaration"/>.</summary>
internal sealed record OutOfScopeDeclarationDto
{
    public required ElementKind Kind { get; init; }

    public required string ElementId { get; init; }

    public required string Justification { get; init; }
}

/// <summary>A <see cref="Model.Suppression"/>.</summary>
internal sealed record SuppressionDto
{
    public required string RuleId { get; init; }

    public required string ElementId { get; init; }

    public required string Justification { get; init; }
}
