namespace IntegrationConcept.Model;

/// <summary>How an indicator is measured (after IATI's measure types).</summary>
public enum IndicatorMeasureType
{
    /// <summary>A count or amount with a unit.</summary>
    Quantitative,

    /// <summary>A share in percent.</summary>
    Percentage,

    /// <summary>A qualitative assessment: comments, no numbers.</summary>
    Qualitative,
}
