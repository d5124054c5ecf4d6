namespace IntegrationConcept.Spreadsheets;

/// <summary>
/// The kinds of element a workbook sheet or a CSV file holds, one kind per sheet or file: goals, measures, indicators,
/// measurements and actors make a district plan; action fields, city goals and principles make a city concept.
/// </summary>
public enum SheetKind
{
    /// <summary>District goals (default sheet name "Ziele").</summary>
    Goals = 0,

    /// <summary>Measures (default sheet name "Maßnahmen").</summary>
    Measures = 1,

    /// <summary>Indicators with baseline and target (default sheet name "Indikatoren").</summary>
    Indicators = 2,

    /// <summary>Measurements and further targets of indicators (default sheet name "Messwerte").</summary>
    Measurements = 3,

    /// <summary>Actors (default sheet name "Akteure").</summary>
    Actors = 4,

    /// <summary>The action fields of a city concept (default sheet name "Handlungsfelder").</summary>
    ActionFields = 5,

    /// <summary>The goals of a city concept (default sheet name "Ziele", in the concept's workbook).</summary>
    CityGoals = 6,

    /// <summary>The principles of a city concept (default sheet name "Grundsätze").</summary>
    Principles = 7,
}
