namespace IntegrationConcept.Spreadsheets;

/// <summary>How numbers written as text are read. Dates are read as 31.12.2014 or 2014-12-31 in either format.</summary>
public enum SpreadsheetNumberFormat
{
    /// <summary>German: a comma before the decimals, points between thousands (1.234,5).</summary>
    German = 0,

    /// <summary>ISO / invariant: a point before the decimals, no thousands separator (1234.5).</summary>
    Invariant = 1,
}
