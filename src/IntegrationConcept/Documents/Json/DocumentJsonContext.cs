using System.Text.Json;
using System.Text.Json.Serialization;
using IntegrationConcept.Documents.Json.Converters;
using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Documents.Json;

/// <summary>
/// The source-generated serialization metadata of every document DTO: no reflection at run time. Internal, so that
/// generated metadata (NodaTime, DTOs) stays out of the public API; <see cref="DocumentSerializer"/> is the facade.
/// </summary>
/// <remarks>
/// To add a document type: one <c>[JsonSerializable]</c> line for its document DTO, and a converter line for every
/// new <see cref="ElementId{TElement}"/> element type and every new enum its DTOs use.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.Strict,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    WriteIndented = true,
    NewLine = "\n",
    MaxDepth = DocumentReadOptions.DefaultMaxDepth,
    Converters =
    [
        typeof(LocalDateJsonConverter),
        typeof(DecimalJsonConverter),

        typeof(ElementIdJsonConverter<Principle>),
        typeof(ElementIdJsonConverter<ActionField>),
        typeof(ElementIdJsonConverter<Goal>),
        typeof(ElementIdJsonConverter<Approach>),
        typeof(ElementIdJsonConverter<CityMeasure>),
        typeof(ElementIdJsonConverter<Observation>),
        typeof(ElementIdJsonConverter<DistrictGoal>),
        typeof(ElementIdJsonConverter<Measure>),
        typeof(ElementIdJsonConverter<Actor>),
        typeof(ElementIdJsonConverter<Body>),
        typeof(ElementIdJsonConverter<TargetGroup>),
        typeof(ElementIdJsonConverter<Indicator>),
        typeof(ElementIdJsonConverter<SubArea>),

        typeof(CamelCaseEnumConverter<ConceptStatus>),
        typeof(CamelCaseEnumConverter<GoalLevel>),
        typeof(CamelCaseEnumConverter<ObservationKind>),
        typeof(CamelCaseEnumConverter<MeasureStatus>),
        typeof(CamelCaseEnumConverter<ParticipationRole>),
        typeof(CamelCaseEnumConverter<ActorKind>),
        typeof(CamelCaseEnumConverter<BodyKind>),
        typeof(CamelCaseEnumConverter<MigrationBackground>),
        typeof(CamelCaseEnumConverter<IndicatorMeasureType>),
        typeof(CamelCaseEnumConverter<IndicatorDirection>),
        typeof(CamelCaseEnumConverter<SpatialLevel>),
        typeof(CamelCaseEnumConverter<ElementKind>),
        typeof(CamelCaseEnumConverter<V1.ActorKindV1>),
        typeof(CamelCaseEnumConverter<V1.SpatialLevelV1>),
        typeof(CamelCaseEnumConverter<V1.ElementKindV1>),
        typeof(CamelCaseEnumConverter<DocumentKind>),
        typeof(CamelCaseEnumConverter<Severity>),
        typeof(CamelCaseEnumConverter<RuleCategory>),
        typeof(CamelCaseEnumConverter<CoverageGrade>),
        typeof(CamelCaseEnumConverter<MissingCriterion>),
        typeof(CamelCaseEnumConverter<MessageArgumentKind>),
        typeof(CamelCaseEnumConverter<BudgetKind>),
        typeof(CamelCaseEnumConverter<MeasurementFrequency>),
        typeof(CamelCaseEnumConverter<SubAreaKind>),
        typeof(CamelCaseEnumConverter<ImplementationStatus>),
        typeof(CamelCaseEnumConverter<MigrationTerm>),
        typeof(CamelCaseEnumConverter<Changes.ProposalKind>),
        typeof(CamelCaseEnumConverter<Changes.DecisionStatus>),

        typeof(ParameterScalarJsonConverter),
    ])]
[JsonSerializable(typeof(CityConceptDocumentDto))]
[JsonSerializable(typeof(DistrictPlanDocumentDto))]
[JsonSerializable(typeof(RuleSetDocumentDto))]
[JsonSerializable(typeof(CoverageReportDocumentDto))]
[JsonSerializable(typeof(CoverageMatrixDocumentDto))]
[JsonSerializable(typeof(V2.CityConceptDocumentV2Dto))]
[JsonSerializable(typeof(V2.DistrictPlanDocumentV2Dto))]
[JsonSerializable(typeof(FeedbackDocumentDto))]
internal sealed partial class DocumentJsonContext : JsonSerializerContext;
