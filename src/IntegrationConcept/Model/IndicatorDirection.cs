namespace IntegrationConcept.Model;

/// <summary>Which way an indicator should move.</summary>
public enum IndicatorDirection
{
    /// <summary>Higher values are better (IATI: ascending).</summary>
    Increase,

    /// <summary>Lower values are better.</summary>
    Decrease,

    /// <summary>The value should stay at its target level.</summary>
    Maintain,
}
