namespace IntegrationConcept.Model;

/// <summary>The demographic profile (Demographieprofil) of a municipality.</summary>
public sealed record MunicipalityProfile
{
    /// <summary>Creates a profile; every part is optional.</summary>
    /// <param name="population">The population with its reference year.</param>
    /// <param name="demographicType">The demographic type, such as "Wirtschaftszentren mit geringerer Wachstumsdynamik".</param>
    /// <param name="projection">The projected population change.</param>
    public MunicipalityProfile(Population? population = null, string? demographicType = null, PopulationProjection? projection = null)
    {
        Population = population;
        DemographicType = demographicType;
        Projection = projection;
    }

    /// <summary>Gets the population with its reference year, if known.</summary>
    public Population? Population { get; }

    /// <summary>Gets the demographic type, if known.</summary>
    public string? DemographicType { get; }

    /// <summary>Gets the projected population change, if known.</summary>
    public PopulationProjection? Projection { get; }
}
