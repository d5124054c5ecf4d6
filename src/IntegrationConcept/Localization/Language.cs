namespace IntegrationConcept.Localization;

/// <summary>The languages the library writes messages and reports in.</summary>
public enum Language
{
    /// <summary>German, chosen for every culture whose name starts with "de".</summary>
    German,

    /// <summary>English, chosen for every other culture.</summary>
    English,
}
