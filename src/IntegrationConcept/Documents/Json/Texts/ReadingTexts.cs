using IntegrationConcept.Localization;
using IntegrationConcept.Model;

namespace IntegrationConcept.Documents.Json.Texts;

/// <summary>
/// The frame of every reading error (what document, where) and the errors of the document as a whole: size, kind,
/// format version, broken Unicode. Each template is German and English; <c>{0}</c>, <c>{1}</c>, … are the same in both.
/// </summary>
internal static class ReadingTexts
{
    public static readonly LocalizedText CannotRead = new(
        "Das Dokument ({0}) kann an der Stelle {1} nicht gelesen werden: {2}",
        "The {0} cannot be read at {1}: {2}");

    public static readonly LocalizedText AtLine = new(
        "{0} (Zeile {1}, Position {2})",
        "{0} (line {1}, position {2})");

    public static readonly LocalizedText HasOneProblem = new(
        "Das Dokument ({0}) hat ein Problem:",
        "The {0} has 1 problem:");

    public static readonly LocalizedText HasProblems = new(
        "Das Dokument ({0}) hat {1} Probleme:",
        "The {0} has {1} problems:");

    public static readonly LocalizedText AndMore = new(
        "\n  ... und {0} weitere.",
        "\n  ... and {0} more.");

    public static readonly LocalizedText TooLarge = new(
        "Das Dokument ist größer als die Grenze von {0:N0} Bytes ({1}); erhöhen Sie DocumentReadOptions.MaxDocumentBytes, wenn das Dokument vertrauenswürdig ist.",
        "The document is larger than the limit of {0:N0} bytes ({1}); raise DocumentReadOptions.MaxDocumentBytes if the document is trusted.");

    public static readonly LocalizedText Bytes = new("{0:N0} Bytes", "{0:N0} bytes");

    public static readonly LocalizedText MoreThanThat = new("mehr als das", "more than that");

    public static readonly LocalizedText VersionWholeNumber = new(
        "formatVersion ist eine ganze Zahl: schreiben Sie {0}, nicht {1}.",
        "formatVersion is a whole number: write {0}, not {1}.");

    public static readonly LocalizedText VersionUnsupported = new(
        "formatVersion {0} wird nicht unterstützt; diese Version von IntegrationConcept liest formatVersion {1}. Aktualisieren Sie die Bibliothek oder speichern Sie das Dokument in einer unterstützten Formatversion.",
        "formatVersion {0} is not supported; this version of IntegrationConcept reads formatVersion {1}. Update the library or save the document in a supported format version.");

    public static readonly LocalizedText BrokenCharacter = new(
        "Der Text enthält ein kaputtes Zeichen (ein einzelnes UTF-16-Surrogat) und ist kein gültiges Unicode.",
        "The text contains a broken character (an unpaired UTF-16 surrogate) and is not valid Unicode.");

    public static readonly LocalizedText NotAnObject = new(
        "Ein Dokument der Art {0} muss ein JSON-Objekt sein, nicht {1}.",
        "A {0} document must be a JSON object, not {1}.");

    public static readonly LocalizedText WrongKind = new(
        "Dies ist ein Dokument der Art {0} ($schema nennt {1}), nicht der Art {2}; lesen Sie es als {3}.",
        "This is a {0} document ($schema names {1}), not a {2}; read it as a {3}.");

    public static readonly LocalizedText NotObjectButNull = new(
        "Ein Dokument der Art {0} muss ein JSON-Objekt sein, nicht null.",
        "A {0} document must be a JSON object, not null.");

    public static readonly LocalizedText UnsupportedShape = new(
        "Das Dokument hat eine Form, die das Format nicht unterstützt: {0}",
        "The document has a shape the format does not support: {0}");

    public static readonly LocalizedText ModelRefused = new(
        "Das Modell lehnt einen Wert ab (Meldung: {0})",
        "{0}");

    public static readonly LocalizedText EncodingAdvice = new(
        "Dokumente sind UTF-8; öffnen Sie die Datei in einem Editor und speichern Sie sie als UTF-8.",
        "Documents are UTF-8; open the file in an editor and save it as UTF-8.");

    public static readonly LocalizedText WideEncoding = new(
        "Die Datei ist {0}, nicht UTF-8. {1}",
        "The file is {0}, not UTF-8. {1}");

    public static readonly LocalizedText InvalidUtf8 = new(
        "Die Datei ist kein gültiges UTF-8: das Byte 0x{0} an Byte-Position {1} gehört zu keinem UTF-8-Zeichen{2}. {3}",
        "The file is not valid UTF-8: byte 0x{0} at byte offset {1} does not belong to a UTF-8 character{2}. {3}");

    public static readonly LocalizedText Latin1Character = new(
        " (in Latin-1 oder Windows-1252 ist es '{0}', die Datei ist also wohl in einer dieser Kodierungen)",
        " (in Latin-1 or Windows-1252 it is '{0}', so the file is probably in one of these encodings)");

    public static readonly LocalizedText Latin1Probably = new(
        " (die Datei ist wohl Latin-1 oder Windows-1252)",
        " (the file is probably Latin-1 or Windows-1252)");

    public static readonly LocalizedText WithMark = new("{0} ({1}, mit Byte-Order-Mark)", "{0} ({1}, with a byte order mark)");

    public static readonly LocalizedText WithoutMark = new("{0} ({1})", "{0} ({1})");

    public static readonly LocalizedText LittleEndian = new("Little Endian", "little endian");

    public static readonly LocalizedText BigEndian = new("Big Endian", "big endian");

    /// <summary>The name of a kind of document, as the messages say it (English: the format's name, such as "district plan").</summary>
    public static LocalizedText Name(DocumentFormat format) => new(GermanName(format.Kind), format.Name);

    private static string GermanName(DocumentKind kind) => kind switch
    {
        DocumentKind.CityConcept => "Integrationskonzept der Stadt",
        DocumentKind.DistrictPlan => "Stadtteilkonzept",
        DocumentKind.RuleSet => "Prüfprofil",
        DocumentKind.CoverageReport => "Prüfbericht",
        DocumentKind.CoverageMatrix => "Stadtteilübersicht",
        _ => "Rückmeldung an die Stadt",
    };
}
