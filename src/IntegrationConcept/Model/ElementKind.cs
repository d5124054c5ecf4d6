namespace IntegrationConcept.Model;

/// <summary>The kinds of element in a city concept or district plan.</summary>
public enum ElementKind
{
    /// <summary>The city concept document itself.</summary>
    CityConcept,

    /// <summary>The municipality and its profile.</summary>
    Municipality,

    /// <summary>The version of the city concept.</summary>
    ConceptVersion,

    /// <summary>A principle (Grundsatz).</summary>
    Principle,

    /// <summary>An action field (Handlungsfeld).</summary>
    ActionField,

    /// <summary>A goal of the city concept (Ziel).</summary>
    Goal,

    /// <summary>An approach (Handlungsansatz).</summary>
    Approach,

    /// <summary>A measure of the city concept (Maßnahme).</summary>
    CityMeasure,

    /// <summary>The district plan document itself.</summary>
    DistrictPlan,

    /// <summary>The district and its profile.</summary>
    District,

    /// <summary>The reference from a district plan to the city concept it takes up.</summary>
    ConceptReference,

    /// <summary>A need or potential from the data collection (Bedarf, Potenzial).</summary>
    Observation,

    /// <summary>A goal of the district plan.</summary>
    DistrictGoal,

    /// <summary>A measure of the district plan.</summary>
    Measure,

    /// <summary>An actor (Akteur).</summary>
    Actor,

    /// <summary>A body (Gremium).</summary>
    Body,

    /// <summary>A target group (Zielgruppe).</summary>
    TargetGroup,

    /// <summary>An indicator (Indikator).</summary>
    Indicator,

    /// <summary>A declaration that a city element does not apply to the district.</summary>
    OutOfScopeDeclaration,

    /// <summary>A justified suppression of a rule finding.</summary>
    Suppression,

    /// <summary>A sub-area of the district (statistischer Bezirk, Sozialraum).</summary>
    SubArea,

    /// <summary>An earlier version of the city concept with its goals.</summary>
    PreviousVersion,
}
