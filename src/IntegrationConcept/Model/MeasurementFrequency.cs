namespace IntegrationConcept.Model;

/// <summary>How often an indicator is measured or published.</summary>
public enum MeasurementFrequency
{
    /// <summary>Monthly.</summary>
    Monthly,

    /// <summary>Quarterly.</summary>
    Quarterly,

    /// <summary>Once a year.</summary>
    Annual,

    /// <summary>Every two years, such as many monitoring reports.</summary>
    Biennial,

    /// <summary>At irregular intervals, such as a survey repeated when money allows.</summary>
    Irregular,

    /// <summary>Once only.</summary>
    Once,
}
