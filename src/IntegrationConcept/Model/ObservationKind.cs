namespace IntegrationConcept.Model;

/// <summary>Whether an observation of the data collection is a need or a potential.</summary>
public enum ObservationKind
{
    /// <summary>A need (Bedarf) the district has.</summary>
    Need,

    /// <summary>A potential (Potenzial) the district can build on.</summary>
    Potential,
}
