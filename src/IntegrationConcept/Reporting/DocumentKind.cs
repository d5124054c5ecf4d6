namespace IntegrationConcept.Reporting;

/// <summary>Which document an element of a finding sits in.</summary>
public enum DocumentKind
{
    /// <summary>The city concept.</summary>
    CityConcept,

    /// <summary>The district plan.</summary>
    DistrictPlan,
}
