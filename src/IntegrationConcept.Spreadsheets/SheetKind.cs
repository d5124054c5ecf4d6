namespace IntegrationConcept.Spreadsheets;

/// <summary>The kinds of element a workbook sheet or a CSV file holds, one kind per sheet or file.</summary>
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
}
