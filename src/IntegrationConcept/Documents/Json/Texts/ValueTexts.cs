using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json.Texts;

/// <summary>What is wrong with one value (a date, a number, an id, an enum name), German and English.</summary>
internal static class ValueTexts
{
    public static readonly LocalizedText DateGrammar = new(
        "Schreiben Sie ein Datum als JJJJ-MM-TT mit einem Jahr von 0001 bis 9999, etwa \"2011-12-13\".",
        "Write a date as YYYY-MM-DD with a year from 0001 to 9999, such as \"2011-12-13\".");

    public static readonly LocalizedText DateNotString = new(
        "Ein Datum muss eine JSON-Zeichenkette wie \"2011-12-13\" (JJJJ-MM-TT) sein, nicht {0}.",
        "A date must be a JSON string such as \"2011-12-13\" (YYYY-MM-DD), not {0}.");

    public static readonly LocalizedText DateYearZero = new(
        "'{0}' ist kein gültiges Datum: es gibt kein Jahr 0000. {1}",
        "'{0}' is not a valid date: there is no year 0000. {1}");

    public static readonly LocalizedText DateMonth = new(
        "'{0}' ist kein gültiges Datum: der Monat muss 01 bis 12 sein. {1}",
        "'{0}' is not a valid date: the month must be 01 to 12. {1}");

    public static readonly LocalizedText DateDay = new(
        "'{0}' ist kein gültiges Datum: dieser Monat hat die Tage 01 bis {1}. {2}",
        "'{0}' is not a valid date: this month has days 01 to {1}. {2}");

    public static readonly LocalizedText NotADate = new(
        "'{0}' ist kein gültiges Datum. {1}",
        "'{0}' is not a valid date. {1}");

    public static readonly LocalizedText ExpectedDate = new(
        "ein Datum wie \"2011-12-13\" (JJJJ-MM-TT)",
        "a date such as \"2011-12-13\" (YYYY-MM-DD)");

    public static readonly LocalizedText NumberTooLarge = new(
        "Die Zahl {0} ist zu groß; Zahlen liegen zwischen -79228162514264337593543950335 und 79228162514264337593543950335.",
        "The number {0} is too large; numbers lie between -79228162514264337593543950335 and 79228162514264337593543950335.");

    public static readonly LocalizedText NumberUnderflow = new(
        "Die Zahl {0} liegt zu nahe bei null und würde als 0 gelesen; Zahlen außer 0 müssen mindestens 1E-28 groß sein. Schreiben Sie 0, wenn null gemeint ist.",
        "The number {0} is too close to zero and would be read as 0; numbers other than 0 must be at least 1E-28 in size. Write 0 if zero is meant.");

    public static readonly LocalizedText IdNotString = new(
        "Eine Kennung (id) muss eine JSON-Zeichenkette sein, nicht {0}.",
        "An id must be a JSON string, not {0}.");

    public static readonly LocalizedText IdEmpty = new(
        "Eine Kennung (id) darf nicht leer sein.",
        "An id must not be empty.");

    public static readonly LocalizedText IdWhiteSpace = new(
        "Die Kennung '{0}' darf nicht mit Leerraum beginnen oder enden.",
        "The id '{0}' must not start or end with white space.");

    public static readonly LocalizedText ExpectedId = new(
        "eine Kennung (eine nicht leere Zeichenkette)",
        "an id (a non-empty string)");

    public static readonly LocalizedText EnumNotAllowed = new(
        "'{0}' ist hier nicht erlaubt; schreiben Sie einen dieser Werte: {1}.",
        "'{0}' is not allowed here; write one of {1}.");

    public static readonly LocalizedText EnumNotString = new(
        "Erwartet wird einer dieser Werte als JSON-Zeichenkette: {0}, nicht {1}.",
        "Expected one of {0} as a JSON string, not {1}.");

    public static readonly LocalizedText ExpectedEnum = new("einer dieser Werte: {0}", "one of {0}");

    public static readonly LocalizedText ParameterNotScalar = new(
        "Ein Parameterwert muss eine Zahl oder eine Zeichenkette sein, nicht {0}.",
        "A parameter value must be a number or a string, not {0}.");

    public static readonly LocalizedText ExpectedParameter = new(
        "eine Zahl oder eine Zeichenkette, wie der Parameter der Regel es festlegt",
        "a number or a string, as the rule's parameter declares");

    public static readonly LocalizedText ExpectedNumber = new(
        "eine endliche Zahl (höchstens etwa ±7,9E+28)",
        "a finite number (at most about ±7.9E+28)");
}
