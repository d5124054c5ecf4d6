namespace IntegrationConcept.Model;

/// <summary>The kind of a sub-area of a district.</summary>
public enum SubAreaKind
{
    /// <summary>A statistical district (statistischer Bezirk) of the city's statistics office.</summary>
    StatisticalDistrict,

    /// <summary>A social area (Sozialraum) of the city's social planning.</summary>
    SocialArea,

    /// <summary>A programme area, such as the area of the "Soziale Stadt" programme.</summary>
    ProgrammeArea,
}
