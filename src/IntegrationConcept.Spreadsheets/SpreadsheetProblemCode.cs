namespace IntegrationConcept.Spreadsheets;

/// <summary>What kind of problem an import found.</summary>
public enum SpreadsheetProblemCode
{
    /// <summary>The file is larger than <see cref="SpreadsheetLimits.MaxFileBytes"/>.</summary>
    FileTooLarge = 0,

    /// <summary>The file is not a readable XLSX workbook (not a zip archive, parts missing or malformed).</summary>
    UnreadableFile = 1,

    /// <summary>A workbook part unpacks to more than <see cref="SpreadsheetLimits.MaxPartBytes"/> or compresses suspiciously well (a zip bomb).</summary>
    PartTooLarge = 2,

    /// <summary>A sheet or file has more rows than <see cref="SpreadsheetLimits.MaxRows"/> or a row more columns than allowed.</summary>
    TooManyRows = 3,

    /// <summary>The workbook or the files hold none of the sheets of the mapping.</summary>
    NoKnownSheet = 4,

    /// <summary>A sheet has no header row.</summary>
    EmptySheet = 5,

    /// <summary>A required column is not in the header row.</summary>
    MissingColumn = 6,

    /// <summary>Cells are merged; merged cells hide which row a value belongs to.</summary>
    MergedCells = 7,

    /// <summary>A cell holds a formula; the import takes values only.</summary>
    Formula = 8,

    /// <summary>A required cell is empty.</summary>
    MissingValue = 9,

    /// <summary>A cell does not hold a number.</summary>
    InvalidNumber = 10,

    /// <summary>A cell does not hold a date.</summary>
    InvalidDate = 11,

    /// <summary>A cell holds none of the allowed values (status, kind, direction).</summary>
    InvalidChoice = 12,

    /// <summary>An id occurs twice in a sheet, or an id is malformed.</summary>
    DuplicateId = 13,

    /// <summary>A cell names an actor, goal or indicator that does not exist.</summary>
    UnknownReference = 14,

    /// <summary>The plan or concept assembled from the rows is structurally invalid (the model's validation), such as goals that are each other's parent.</summary>
    InvalidPlan = 15,

    /// <summary>
    /// A CSV file is neither UTF-8 nor Windows-1252 text (a UTF-16 file, a NUL byte, or a byte Windows-1252 leaves
    /// undefined); the message asks to save it as "CSV UTF-8".
    /// </summary>
    UnreadableText = 16,
}
