namespace IntegrationConcept.Model;

/// <summary>The status of a version of a city concept.</summary>
public enum ConceptStatus
{
    /// <summary>A draft (Entwurf), presented but not adopted.</summary>
    Draft,

    /// <summary>Adopted by the council (Beschluss).</summary>
    Adopted,

    /// <summary>An update (Fortschreibung) of an earlier adopted version.</summary>
    Updated,
}
