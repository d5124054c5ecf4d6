using System.Globalization;
using System.Text;

namespace IntegrationConcept.Spreadsheets;

/// <summary>The German and English texts of the import problems.</summary>
internal static class ProblemTexts
{
    public static string Format(SpreadsheetProblem p, bool german)
    {
        var text = new StringBuilder();
        text.Append(german ? "Datei " : "file ").Append(p.File);
        if (p.Sheet is not null)
        {
            text.Append(german ? ", Blatt „" : ", sheet '").Append(p.Sheet).Append(german ? "“" : "'");
        }

        if (p.Row is { } row)
        {
            text.Append(german ? ", Zeile " : ", row ").Append(row.ToString(CultureInfo.InvariantCulture));
        }

        if (p.Column is not null)
        {
            text.Append(german ? ", Spalte " : ", column ").Append(p.Column);
            if (p.ColumnHeader is not null)
            {
                text.Append(" (").Append(p.ColumnHeader).Append(')');
            }
        }

        text.Append(": ").Append(german ? German(p) : English(p));
        return text.ToString();
    }

    private static string German(SpreadsheetProblem p) => p.Code switch
    {
        SpreadsheetProblemCode.FileTooLarge => $"Die Datei ist größer als erlaubt ({p.Detail} Bytes).",
        SpreadsheetProblemCode.UnreadableFile => $"Die Datei ist keine lesbare XLSX-Arbeitsmappe ({p.Detail}).",
        SpreadsheetProblemCode.PartTooLarge => $"Der Teil „{p.Value}“ der Arbeitsmappe ist entpackt zu groß oder verdächtig stark komprimiert ({p.Detail}); die Datei wird nicht gelesen.",
        SpreadsheetProblemCode.TooManyRows => $"Mehr als {p.Detail} Zeilen oder Spalten; der Import bricht hier ab.",
        SpreadsheetProblemCode.NoKnownSheet => $"Keines der erwarteten Blätter gefunden (erwartet: {p.Detail}).",
        SpreadsheetProblemCode.EmptySheet => "Das Blatt ist leer: Es fehlt die Kopfzeile.",
        SpreadsheetProblemCode.MissingColumn => $"Die Spalte „{p.Detail}“ fehlt in der Kopfzeile.",
        SpreadsheetProblemCode.MergedCells => $"Die Zellen {p.Value} sind verbunden; bitte die Verbindung aufheben und den Wert in jede Zeile schreiben.",
        SpreadsheetProblemCode.Formula => $"Die Zelle enthält eine Formel ({p.Value}); bitte nur Werte einfügen.",
        SpreadsheetProblemCode.MissingValue => "Die Zelle ist leer, hier ist ein Wert nötig.",
        SpreadsheetProblemCode.InvalidNumber => $"„{p.Value}“ ist keine Zahl (erwartet {p.Detail}).",
        SpreadsheetProblemCode.InvalidDate => $"„{p.Value}“ ist kein Datum (erwartet 31.12.2014 oder 2014-12-31).",
        SpreadsheetProblemCode.InvalidChoice => $"„{p.Value}“ ist kein erlaubter Wert (erlaubt: {p.Detail}).",
        SpreadsheetProblemCode.DuplicateId => $"Die Kennung „{p.Value}“ ist doppelt oder ungültig.",
        SpreadsheetProblemCode.UnknownReference => $"„{p.Value}“ ist nicht bekannt ({p.Detail}).",
        SpreadsheetProblemCode.UnreadableText => $"Die Datei ist weder UTF-8 noch Windows-1252 (Byte {p.Detail}); bitte in Excel als „CSV UTF-8 (durch Trennzeichen getrennt)“ speichern.",
        _ => $"Das Dokument ist so nicht gültig: {p.Detail}",
    };

    private static string English(SpreadsheetProblem p) => p.Code switch
    {
        SpreadsheetProblemCode.FileTooLarge => $"The file is larger than allowed ({p.Detail} bytes).",
        SpreadsheetProblemCode.UnreadableFile => $"The file is not a readable XLSX workbook ({p.Detail}).",
        SpreadsheetProblemCode.PartTooLarge => $"The workbook part '{p.Value}' unpacks too large or compresses suspiciously well ({p.Detail}); the file is not read.",
        SpreadsheetProblemCode.TooManyRows => $"More than {p.Detail} rows or columns; the import stops here.",
        SpreadsheetProblemCode.NoKnownSheet => $"None of the expected sheets was found (expected: {p.Detail}).",
        SpreadsheetProblemCode.EmptySheet => "The sheet is empty: the header row is missing.",
        SpreadsheetProblemCode.MissingColumn => $"The column '{p.Detail}' is missing from the header row.",
        SpreadsheetProblemCode.MergedCells => $"The cells {p.Value} are merged; unmerge them and write the value into every row.",
        SpreadsheetProblemCode.Formula => $"The cell holds a formula ({p.Value}); paste values only.",
        SpreadsheetProblemCode.MissingValue => "The cell is empty; a value is required here.",
        SpreadsheetProblemCode.InvalidNumber => $"'{p.Value}' is not a number (expected {p.Detail}).",
        SpreadsheetProblemCode.InvalidDate => $"'{p.Value}' is not a date (expected 31.12.2014 or 2014-12-31).",
        SpreadsheetProblemCode.InvalidChoice => $"'{p.Value}' is not an allowed value (allowed: {p.Detail}).",
        SpreadsheetProblemCode.DuplicateId => $"The id '{p.Value}' occurs twice or is malformed.",
        SpreadsheetProblemCode.UnknownReference => $"'{p.Value}' is not known ({p.Detail}).",
        SpreadsheetProblemCode.UnreadableText => $"The file is neither UTF-8 nor Windows-1252 text (byte {p.Detail}); save it from Excel as 'CSV UTF-8 (Comma delimited)'.",
        _ => $"The document is not valid this way: {p.Detail}",
    };
}
