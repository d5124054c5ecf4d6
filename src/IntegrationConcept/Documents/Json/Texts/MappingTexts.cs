using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json.Texts;

/// <summary>What is wrong in a feedback, rule set or concept document beyond its JSON shape, German and English.</summary>
internal static class MappingTexts
{
    public static readonly LocalizedText NullItem = new(
        "Ein Eintrag dieser Liste ist null; entfernen Sie ihn oder schreiben Sie das Element.",
        "An entry of this list is null; remove it or write the element.");

    public static readonly LocalizedText NegativePopulation = new(
        "Eine Einwohnerzahl darf nicht negativ sein ({0}).",
        "A population cannot be negative ({0}).");

    public static readonly LocalizedText ReferenceYear = new(
        "Das Bezugsjahr muss vier Ziffern haben, nicht {0}.",
        "The reference year must have four digits, not {0}.");

    public static readonly LocalizedText ProjectionEnds = new(
        "Die Prognose endet ({0}), bevor sie beginnt ({1}).",
        "The projection ends ({0}) before it starts ({1}).");

    public static readonly LocalizedText ProposalIdUsed = new(
        "Die Kennung des Vorschlags '{0}' wird schon bei $.proposals[{1}] verwendet; Kennungen müssen eindeutig sein.",
        "The proposal id '{0}' is already used at $.proposals[{1}]; ids must be unique.");

    public static readonly LocalizedText DeficitGoal = new(
        "Ein Defizit betrifft ein Ziel der Stadt: nennen Sie es in 'goalId' (nur ein Potenzial darf ein neues Ziel vorschlagen).",
        "A deficit is about a city goal: name it in 'goalId' (only a potential may propose a new goal).");

    public static readonly LocalizedText AdoptedGoal = new(
        "Ein übernommener Vorschlag nennt das Ziel der Konzeptfassung, in die er eingegangen ist.",
        "An adopted proposal names the goal of the concept version it went into.");

    public static readonly LocalizedText RejectedNames = new(
        "Ein abgelehnter Vorschlag nennt kein Ziel und keine Konzeptfassung.",
        "A rejected proposal names no goal or concept version.");

    public static readonly LocalizedText OpenDecision = new(
        "Eine offene Entscheidung hat kein Ziel, keine Konzeptfassung, keine Begründung und kein Datum; setzen Sie 'status' auf 'adopted' oder 'rejected', um eine festzuhalten.",
        "An open decision has no goal, concept version, reason or date; set 'status' to 'adopted' or 'rejected' to record one.");

    public static readonly LocalizedText BlankText = new("Der Text darf nicht leer sein.", "The text must not be blank.");

    public static readonly LocalizedText BlankRuleSetName = new(
        "Der Name des Prüfprofils darf nicht leer sein.",
        "The rule set's name must not be blank.");

    public static readonly LocalizedText CategoryTwice = new(
        "Die Kategorie '{0}' hat mehr als einen Schweregrad; behalten Sie einen.",
        "The category '{0}' has more than one severity; keep one.");

    public static readonly LocalizedText ParameterValue = new(
        "Ein Parameterwert muss eine Zahl oder eine Zeichenkette sein.",
        "A parameter value must be a number or a string.");

    public static readonly LocalizedText KeepOne = new("{0} Behalten Sie einen.", "{0} Keep one.");

    public static readonly LocalizedText UnknownRule = new(
        "Es gibt keine Regel '{0}'. Ein Prüfprofil-Dokument kann nur die eingebauten Regeln einstellen: {1}. Eigene Regeln sind Code und werden im Code eingestellt (RuleSet.WithCustomRule, dann WithSeverity, WithDisabled oder WithParameter).",
        "There is no rule '{0}'. A rule set document can configure the built-in rules only: {1}. Custom rules are code and are configured in code (RuleSet.WithCustomRule, then WithSeverity, WithDisabled or WithParameter).");

    public static readonly LocalizedText BlankRuleOrParameter = new(
        "Eine Regelkennung oder ein Parametername darf nicht leer sein.",
        "A rule id or parameter name must not be blank.");
}
