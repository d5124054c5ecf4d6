using System.Collections.Generic;
using System.Text.Json.Serialization;
using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Model;
using NodaTime;

namespace IntegrationConcept.Documents.Json.V2;

// The district plan document, format version 2: version 1 plus district keys and sub-areas, lead offices, budget
// entries, the sub-areas a measure serves, recorded goal status, the term of a target group, and the indicator
// members of version 2. The shapes version 2 does not change are version 1's. Property order is the order written.

/// <summary>A <see cref="DistrictPlan"/> document, format version 2.</summary>
internal sealed record DistrictPlanDocumentV2Dto : DocumentDto
{
    [JsonRequired]
    public string Title { get; set; } = null!;

    [JsonRequired]
    public DistrictV2Dto District { get; set; } = null!;

    [JsonRequired]
    public ConceptReferenceDto Concept { get; set; } = null!;

    public TimeframeDto? Validity { get; set; }

    public IReadOnlyList<ObservationDto>? Observations { get; set; }

    public IReadOnlyList<DistrictGoalV2Dto>? Goals { get; set; }

    public IReadOnlyList<MeasureV2Dto>? Measures { get; set; }

    public IReadOnlyList<ActorV2Dto>? Actors { get; set; }

    public IReadOnlyList<BodyDto>? Bodies { get; set; }

    public IReadOnlyList<TargetGroupV2Dto>? TargetGroups { get; set; }

    public IReadOnlyList<IndicatorV2Dto>? Indicators { get; set; }

    public IReadOnlyList<OutOfScopeDeclarationV2Dto>? OutOfScope { get; set; }

    public IReadOnlyList<SuppressionDto>? Suppressions { get; set; }
}

/// <summary>A <see cref="District"/>, format version 2.</summary>
internal sealed record DistrictV2Dto
{
    [JsonRequired]
    public string Name { get; set; } = null!;

    public PopulationDto? Population { get; set; }

    public string? Description { get; set; }

    public IReadOnlyList<string>? Keys { get; set; }

    public IReadOnlyList<SubAreaV2Dto>? SubAreas { get; set; }
}

/// <summary>A <see cref="SubArea"/>.</summary>
internal sealed record SubAreaV2Dto
{
    [JsonRequired]
    public ElementId<SubArea> Id { get; set; }

    [JsonRequired]
    public string Name { get; set; } = null!;

    [JsonRequired]
    public SubAreaKind Kind { get; set; }
}

/// <summary>A <see cref="DistrictGoal"/>, format version 2.</summary>
internal sealed record DistrictGoalV2Dto
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

    public ElementId<Actor>? LeadOfficeId { get; set; }

    public RecordedStatusV2Dto? Status { get; set; }
}

/// <summary>A <see cref="RecordedStatus"/>.</summary>
internal sealed record RecordedStatusV2Dto
{
    [JsonRequired]
    public ImplementationStatus Status { get; set; }

    [JsonRequired]
    public LocalDate AsOf { get; set; }

    public string? Comment { get; set; }
}

/// <summary>A <see cref="Measure"/>, format version 2.</summary>
internal sealed record MeasureV2Dto
{
    [JsonRequired]
    public ElementId<Measure> Id { get; set; }

    [JsonRequired]
    public string Name { get; set; } = null!;

    public MeasureStatus? Status { get; set; }

    public TimeframeDto? Period { get; set; }

    public IReadOnlyList<ParticipationDto>? Participations { get; set; }

    public ElementId<Actor>? LeadOfficeId { get; set; }

    public IReadOnlyList<ElementId<Body>>? BodyIds { get; set; }

    public IReadOnlyList<ElementId<TargetGroup>>? TargetGroupIds { get; set; }

    public IReadOnlyList<ElementId<SubArea>>? SubAreaIds { get; set; }

    public IReadOnlyList<ElementId<DistrictGoal>>? GoalIds { get; set; }

    public IReadOnlyList<ElementId<Principle>>? PrincipleIds { get; set; }

    public IReadOnlyList<ElementId<Indicator>>? IndicatorIds { get; set; }

    public ElementId<Approach>? ApproachId { get; set; }

    public IReadOnlyList<BudgetEntryV2Dto>? Budget { get; set; }

    public string? Description { get; set; }
}

/// <summary>A <see cref="BudgetEntry"/>: decimal euros, never floating point.</summary>
internal sealed record BudgetEntryV2Dto
{
    [JsonRequired]
    public int Year { get; set; }

    [JsonRequired]
    public BudgetKind Kind { get; set; }

    [JsonRequired]
    public decimal AmountEur { get; set; }

    public string? FundingProgramme { get; set; }

    public string? Funder { get; set; }

    public string? BudgetLine { get; set; }

    public string? Comment { get; set; }
}

/// <summary>A <see cref="TargetGroup"/>, format version 2.</summary>
internal sealed record TargetGroupV2Dto
{
    [JsonRequired]
    public ElementId<TargetGroup> Id { get; set; }

    [JsonRequired]
    public string Name { get; set; } = null!;

    public MigrationBackground? MigrationBackground { get; set; }

    public MigrationTerm? MigrationTerm { get; set; }

    public string? Description { get; set; }
}

/// <summary>An <see cref="Actor"/>, format version 2: the kinds of actor of version 2 (migrant organisation, job centre, ...).</summary>
internal sealed record ActorV2Dto
{
    [JsonRequired]
    public ElementId<Actor> Id { get; set; }

    [JsonRequired]
    public string Name { get; set; } = null!;

    [JsonRequired]
    public ActorKind Kind { get; set; }

    public string? Description { get; set; }
}

/// <summary>An <see cref="OutOfScopeDeclaration"/>, format version 2: the kinds of element of version 2 (sub-area, previous version).</summary>
internal sealed record OutOfScopeDeclarationV2Dto
{
    [JsonRequired]
    public ElementKind Kind { get; set; }

    [JsonRequired]
    public string ElementId { get; set; } = null!;

    [JsonRequired]
    public string Justification { get; set; } = null!;
}
