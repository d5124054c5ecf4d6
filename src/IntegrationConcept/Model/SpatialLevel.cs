namespace IntegrationConcept.Model;

/// <summary>The spatial level an indicator is measured at.</summary>
public enum SpatialLevel
{
    /// <summary>The whole municipality.</summary>
    City,

    /// <summary>The district (Stadtteil).</summary>
    District,
}
