namespace IntegrationConcept.Model;

/// <summary>
/// The kinds of document the library reads and writes. Each has its own JSON Schema in the document format
/// (<c>IntegrationConcept.Documents.DocumentSchemas</c>); a finding's subject names the document it sits in with
/// <see cref="DocumentKind.CityConcept"/> or <see cref="DocumentKind.DistrictPlan"/>.
/// </summary>
public enum DocumentKind
{
    /// <summary>A city-wide integration concept (<see cref="Model.CityConcept"/>), schema <c>city-concept.v1.schema.json</c>.</summary>
    CityConcept,

    /// <summary>A district plan (<see cref="Model.DistrictPlan"/>), schema <c>district-plan.v1.schema.json</c>.</summary>
    DistrictPlan,

    /// <summary>A rule set (<c>IntegrationConcept.Rules.RuleSet</c>, without its custom rules), schema <c>rule-set.v1.schema.json</c>.</summary>
    RuleSet,

    /// <summary>A coverage report of one district plan (<c>IntegrationConcept.Results.CoverageReport</c>), schema <c>coverage-report.v1.schema.json</c>.</summary>
    CoverageReport,

    /// <summary>A coverage matrix of several district plans (<c>IntegrationConcept.Results.CoverageMatrix</c>), schema <c>coverage-matrix.v1.schema.json</c>.</summary>
    CoverageMatrix,

    /// <summary>A feedback document of district checks for the next concept version (<c>IntegrationConcept.Changes.FeedbackDocument</c>), schema <c>feedback.v1.schema.json</c>.</summary>
    Feedback,
}
