using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json.Texts;

/// <summary>What the JSON reader and serializer find wrong, in the document's terms (not .NET's), German and English.</summary>
internal static class SyntaxTexts
{
    public static readonly LocalizedText LoneSurrogate = new(
        "Diese Zeichenkette enthält ein maskiertes einzelnes Surrogat (ein \\uD800-\\uDFFF-Escape ohne seine andere Hälfte), das kein Zeichen ist. Schreiben Sie das Zeichen selbst oder beide Hälften seines Escape-Paares (etwa \\uD83D\\uDE00).",
        "This string contains an escaped lone surrogate (a \\uD800-\\uDFFF escape without its other half), which is not a character. Write the character itself, or both halves of its escape pair (such as \\uD83D\\uDE00).");

    public static readonly LocalizedText WrongType = new("Dieser Wert hat den falschen Typ.", "This value has the wrong type.");

    public static readonly LocalizedText Expected = new("Erwartet wird hier {0}.", "Expected {0} here.");

    public static readonly LocalizedText Empty = new(
        "Das Dokument ist leer; ein Dokument ist ein JSON-Objekt, das mit '{' beginnt.",
        "The document is empty; a document is a JSON object that starts with '{'.");

    public static readonly LocalizedText Truncated = new(
        "Das Dokument endet, bevor es vollständig ist (ein Objekt, ein Array oder eine Zeichenkette ist nicht geschlossen); es ist vielleicht abgeschnitten.",
        "The document ends before it is complete (an object, array or string is not closed); it may be truncated.");

    public static readonly LocalizedText MissingMember = new(
        "Ein Pflichtfeld fehlt: {0}.",
        "A required member is missing: {0}.");

    public static readonly LocalizedText UnknownMember = new(
        "'{0}' ist hier kein Feld, das das Format kennt; prüfen Sie die Schreibweise (um unbekannte Felder zu überspringen, lesen Sie mit DocumentReadOptions.AllowUnknownMembers).",
        "'{0}' is not a member the format knows here; check the spelling (to skip unknown members, read with DocumentReadOptions.AllowUnknownMembers).");

    public static readonly LocalizedText NotNull = new("Dieses Feld darf nicht null sein.", "This member must not be null.");

    public static readonly LocalizedText NotNullWrite = new(
        "Dieses Feld darf nicht null sein; schreiben Sie {0}.",
        "This member must not be null; write {0}.");

    public static readonly LocalizedText Duplicate = new(
        "Das Feld '{0}' kommt im selben Objekt mehrfach vor; behalten Sie eines.",
        "The member '{0}' appears more than once in the same object; keep one.");

    public static readonly LocalizedText TooDeep = new(
        "{0} Eine so tiefe Verschachtelung ist kein Dokument dieses Formats; erhöhen Sie DocumentReadOptions.MaxDepth nur für vertrauenswürdige Eingaben.",
        "{0} Nesting this deep is not a document of this format; raise DocumentReadOptions.MaxDepth only for trusted input.");

    public static readonly LocalizedText NotFinite = new(
        "Der Text ist kein gültiges JSON: {0} NaN und Infinity sind keine JSON-Zahlen; schreiben Sie eine endliche Zahl.",
        "The text is not valid JSON: {0} NaN and Infinity are not JSON numbers; write a finite number.");

    public static readonly LocalizedText NotJson = new("Der Text ist kein gültiges JSON: {0}", "The text is not valid JSON: {0}");


    public static readonly LocalizedText AnObject = new("ein Objekt", "an object");

    public static readonly LocalizedText AnArray = new("ein Array", "an array");

    public static readonly LocalizedText AString = new("eine Zeichenkette", "a string");

    public static readonly LocalizedText ANumber = new("eine Zahl", "a number");

    public static readonly LocalizedText TrueOrFalse = new("true oder false", "true or false");

    public static readonly LocalizedText Null = new("null", "null");




    public static readonly LocalizedText AWholeNumberInRange = new(
        "eine ganze Zahl (von -2147483648 bis 2147483647)",
        "a whole number (from -2147483648 to 2147483647)");

    public static readonly LocalizedText AFiniteNumber = new(
        "eine endliche Zahl (höchstens etwa ±7,9E+28)",
        "a finite number (at most about ±7.9E+28)");

    public static readonly LocalizedText ADateWithGrammar = new(
        "ein Datum wie \"2011-12-13\" (JJJJ-MM-TT)",
        "a date such as \"2011-12-13\" (YYYY-MM-DD)");

    public static readonly LocalizedText AnotherType = new("ein Wert eines anderen Typs", "a value of another type");
}
