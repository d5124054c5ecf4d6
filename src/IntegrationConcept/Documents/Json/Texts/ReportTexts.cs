using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json.Texts;

/// <summary>What is wrong in a coverage report or coverage matrix document (its messages, totals, references), German and English.</summary>
internal static class ReportTexts
{
    public static readonly LocalizedText EmbeddedVersion = new(
        "formatVersion {0} eines eingebetteten Prüfberichts wird nicht unterstützt; diese Version liest formatVersion {1}.",
        "formatVersion {0} of an embedded coverage report is not supported; this version reads formatVersion {1}.");

    public static readonly LocalizedText DistrictsDisagree = new(
        "Die Stadtteile stimmen nicht mit den Berichten überein, die diese nennen: {0}; korrigieren Sie sie oder lassen Sie sie weg.",
        "The districts do not agree with the reports, which name: {0}; correct them or leave them out.");

    public static readonly LocalizedText TotalsDisagree = new(
        "Diese Summen (covered {0}, partlyCovered {1}, uncovered {2}, outOfScope {3}) stimmen nicht mit {4} überein (covered {5}, partlyCovered {6}, uncovered {7}, outOfScope {8}); korrigieren Sie sie oder lassen Sie sie weg.",
        "These totals (covered {0}, partlyCovered {1}, uncovered {2}, outOfScope {3}) do not agree with {4} (covered {5}, partlyCovered {6}, uncovered {7}, outOfScope {8}); correct them or leave them out.");

    public static readonly LocalizedText GoalGrades = new("den Bewertungen der Ziele", "the grades of the goals");

    public static readonly LocalizedText FieldGrades = new("den Bewertungen der Handlungsfelder", "the grades of the action fields");

    public static readonly LocalizedText PrincipleGrades = new("den Bewertungen der Grundsätze", "the grades of the principles");

    public static readonly LocalizedText CombinedGrades = new("den zusammengefassten Bewertungen der Ziele", "the combined grades of the goals");

    public static readonly LocalizedText BlankJustification = new(
        "Eine Begründung der Zurückstellung darf nicht leer sein; lassen Sie sie bei einem Befund weg, der nicht zurückgestellt ist.",
        "A suppression justification must not be blank; leave it out for a finding that is not suppressed.");

    public static readonly LocalizedText SuppressedWithout = new(
        "Ein zurückgestellter Befund braucht seine suppressionJustification.",
        "A suppressed finding needs its suppressionJustification.");

    public static readonly LocalizedText JustifiedNotSuppressed = new(
        "Der Befund hat eine suppressionJustification und ist damit zurückgestellt; schreiben Sie true oder lassen Sie 'suppressed' weg.",
        "The finding has a suppressionJustification, so it is suppressed; write true or leave 'suppressed' out.");

    public static readonly LocalizedText BlankRuleId = new(
        "Eine Regelkennung darf nicht leer sein.",
        "A rule id must not be blank.");

    public static readonly LocalizedText NegativePosition = new(
        "Eine Position darf nicht negativ sein.",
        "A position must not be negative.");

    public static readonly LocalizedText PathOutside = new(
        "Der Pfad '{0}' liegt nicht in dem Element, das er nennt; für diese Art und Position ist er '{1}' oder beginnt mit '{1}.'.",
        "The path '{0}' does not lie in the element it names; for this kind and index it is '{1}' or starts with '{1}.'.");

    public static readonly LocalizedText NegativeCount = new(
        "Eine Anzahl darf nicht negativ sein ({0}).",
        "A count cannot be negative ({0}).");

    public static readonly LocalizedText PercentDisagrees = new(
        "Dieser Prozentwert ({0}) stimmt nicht mit den Anzahlen überein, die {1} ergeben; korrigieren Sie ihn oder lassen Sie ihn weg.",
        "This percentage ({0}) does not agree with the counts, which give {1}; correct it or leave it out.");

    public static readonly LocalizedText NoPercent = new("keinen Wert (nichts ist zu bearbeiten)", "none (nothing in scope)");

    public static readonly LocalizedText EmptyText = new("Dieser Text darf nicht leer sein.", "This text must not be empty.");

    public static readonly LocalizedText NoSuchElement = new(
        "In '{2}' dieses Dokuments gibt es kein Element ({0}) '{1}'; korrigieren Sie den Verweis oder ergänzen Sie das Element.",
        "There is no {0} '{1}' in '{2}' of this document; correct the reference or add the {0}.");

    public static readonly LocalizedText ActionField = new("Handlungsfeld", "action field");

    public static readonly LocalizedText Goal = new("Ziel", "goal");

    public static readonly LocalizedText TooManyPlaceholders = new(
        "Diese Vorlage hat {0:N0} Platzhalter; eine Meldungsvorlage hat höchstens {1:N0}.",
        "This template has {0:N0} placeholders; a message template has at most {1:N0}.");

    public static readonly LocalizedText TooLongRendered = new(
        "Diese Vorlage ergäbe {0:N0} Zeichen aus {1:N0} Zeichen Vorlage und Argumenten, mehr als das {2}-Fache; ein Platzhalter wiederholt ein Argument zu oft.",
        "This template would render to {0:N0} characters from {1:N0} characters of template and arguments, more than {2} times as many; a placeholder repeats an argument too often.");

    public static readonly LocalizedText MessageDisagrees = new(
        "Die Meldung ({0}) stimmt nicht mit Vorlage und Argumenten überein, die \"{1}\" ergeben; korrigieren Sie sie oder lassen Sie sie weg.",
        "The {0} message does not agree with the template and arguments, which give \"{1}\"; correct it or leave it out.");

    public static readonly LocalizedText GermanMessage = new("deutsch", "German");

    public static readonly LocalizedText EnglishMessage = new("englisch", "English");

    public static readonly LocalizedText ArgumentHolds = new(
        "Ein Argument der Art '{0}' enthält {1} und kein anderes Wertfeld.",
        "An argument of kind '{0}' holds {1} and no other value member.");

    public static readonly LocalizedText HoldsText = new("ein 'text'", "a 'text'");

    public static readonly LocalizedText HoldsNumber = new("ein 'number'", "a 'number'");

    public static readonly LocalizedText HoldsDate = new("ein 'date'", "a 'date'");

    public static readonly LocalizedText HoldsOneLocalized = new("'localized' mit genau einem Text", "'localized' with exactly one text");

    public static readonly LocalizedText HoldsLocalizedList = new(
        "'localized' (eine Liste von Texten, darf fehlen, wenn sie leer ist)",
        "'localized' (a list of texts, may be left out when empty)");
}
