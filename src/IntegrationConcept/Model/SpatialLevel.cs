namespace IntegrationConcept.Model;

/// <summary>The spatial level an indicator is measured at.</summary>
public enum SpatialLevel
{
    /// <summary>The whole municipality.</summary>
    City,

    /// <summary>The district (Stadtteil).</summary>
    District,

    /// <summary>A sub-area of a district: a statistical district (statistischer Bezirk) or a Sozialraum; the indicator's area keys name which.</summary>
    SubArea,

    /// <summary>The Land (federal state), as in the Länder integration monitoring, which publishes per Land, not per city.</summary>
    State,
}
