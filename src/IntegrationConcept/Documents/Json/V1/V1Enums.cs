namespace IntegrationConcept.Documents.Json.V1;

// The enums of format version 1 whose model counterparts gained values in format 2 (issue 13). A version-1 document
// accepts exactly these names and the version-1 schemas list exactly these; each value has the name and the position
// of the model's value it maps to (V1Enums converts, and a test holds names and positions equal).

/// <summary>The kinds of actor of format version 1 (the model's <see cref="Model.ActorKind"/> up to <c>Other</c>).</summary>
internal enum ActorKindV1
{
    Administration,
    Politics,
    AdvisoryCouncil,
    Police,
    School,
    DayCare,
    Association,
    WelfareOrganisation,
    Residents,
    Other,
}

/// <summary>The spatial levels of format version 1 (the model's <see cref="Model.SpatialLevel"/> up to <c>District</c>).</summary>
internal enum SpatialLevelV1
{
    City,
    District,
}

/// <summary>The kinds of element of format version 1 (the model's <see cref="Model.ElementKind"/> up to <c>Suppression</c>).</summary>
internal enum ElementKindV1
{
    CityConcept,
    Municipality,
    ConceptVersion,
    Principle,
    ActionField,
    Goal,
    Approach,
    CityMeasure,
    DistrictPlan,
    District,
    ConceptReference,
    Observation,
    DistrictGoal,
    Measure,
    Actor,
    Body,
    TargetGroup,
    Indicator,
    OutOfScopeDeclaration,
    Suppression,
}
