using IntegrationConcept.Localization;

namespace IntegrationConcept.Rules;

/// <summary>What is wrong with a rule set, German and English (the <see cref="RuleSetException"/> message is the English).</summary>
internal static class RuleSetTexts
{
    public static readonly LocalizedText Exists = new(
        "Die Regel {0} gibt es schon; eine eigene Regel braucht eine eigene Kennung.",
        "Rule {0} exists already; a custom rule needs an id of its own.");

    public static readonly LocalizedText SeverityTwice = new(
        "Die Regel {0} hat mehr als eine Angabe des Schweregrads.",
        "Rule {0} has more than one severity override.");

    public static readonly LocalizedText NoParameter = new(
        "Die Regel {0} hat keinen Parameter '{1}'; sie hat: {2}.",
        "Rule {0} has no parameter '{1}'; it has: {2}.");

    public static readonly LocalizedText None = new("keine", "none");

    public static readonly LocalizedText WrongKind = new(
        "Der Parameter '{0}' der Regel {1} nimmt {2}, nicht {3}.",
        "Parameter '{0}' of rule {1} takes a {2}, not a {3}.");

    public static readonly LocalizedText NumberKind = new("eine Zahl", "number");

    public static readonly LocalizedText TextKind = new("einen Text", "text");

    public static readonly LocalizedText OutOfRange = new(
        "Der Parameter '{0}' der Regel {1} muss zwischen {2} und {3} liegen, nicht bei {4}.",
        "Parameter '{0}' of rule {1} must lie between {2} and {3}, not {4}.");

    public static readonly LocalizedText SetTwice = new(
        "Der Parameter '{0}' der Regel {1} ist mehrfach gesetzt.",
        "Parameter '{0}' of rule {1} is set more than once.");

    public static readonly LocalizedText NoRule = new(
        "Das Prüfprofil '{0}' nennt die Regel {1}, die es nicht gibt. Die eingebauten Regeln stehen in RuleCatalog und docs/rules.md; fügen Sie eine eigene Regel mit WithCustomRule hinzu, bevor Sie sie einstellen.",
        "The rule set '{0}' names rule {1}, which does not exist. The built-in rules are listed in RuleCatalog and docs/rules.md; add a custom rule with WithCustomRule before configuring it.");

    /// <summary>The kind of a parameter as the messages say it: "number" / "eine Zahl".</summary>
    public static LocalizedText Kind(RuleParameterKind kind) => kind == RuleParameterKind.Number ? NumberKind : TextKind;
}
