namespace IntegrationConcept.Documents;

/// <summary>The kinds of document the JSON format knows; each has its own JSON Schema.</summary>
public enum DocumentKind
{
    /// <summary>A city-wide integration concept (<see cref="Model.CityConcept"/>), schema <c>city-concept.v1.schema.json</c>.</summary>
    CityConcept,

    /// <summary>A district plan (<see cref="Model.DistrictPlan"/>), schema <c>district-plan.v1.schema.json</c>.</summary>
    DistrictPlan,
}
