namespace IntegrationConcept.Changes;

/// <summary>Where a feedback proposal comes from in a district's check.</summary>
public enum ProposalKind
{
    /// <summary>A city goal the district leaves uncovered or partly covered: the concept may need to change the goal or its support.</summary>
    Deficit,

    /// <summary>A district goal beyond the city concept: a candidate for a new city goal.</summary>
    Potential,
}
