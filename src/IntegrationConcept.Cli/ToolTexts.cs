using IntegrationConcept.Localization;

namespace IntegrationConcept.Cli;

/// <summary>The tool's own messages in German and English (reports and findings bring their own).</summary>
internal static class ToolTexts
{
    public static readonly LocalizedText FileNotFound = new("Die Datei gibt es nicht.", "The file does not exist.");

    public static readonly LocalizedText FileUnreadable = new("Die Datei kann nicht gelesen werden:", "The file cannot be read:");

    public static readonly LocalizedText UnknownKind = new(
        "Die Art des Dokuments ist nicht erkennbar: \"$schema\" fehlt oder nennt kein Schema von IntegrationConcept (city-concept, district-plan, rule-set, coverage-report, coverage-matrix).",
        "The kind of document cannot be told: \"$schema\" is missing or names no IntegrationConcept schema (city-concept, district-plan, rule-set, coverage-report, coverage-matrix).");

    /// <summary>{0} files, {1} valid, {2} problems.</summary>
    public static readonly LocalizedText ValidateSummary = new(
        "{0} Datei(en) geprüft, {1} gültig, {2} Problem(e).",
        "{0} file(s) checked, {1} valid, {2} problem(s).");

    public static readonly LocalizedText Exists = new(
        "Die Datei gibt es schon; mit --force wird sie überschrieben.",
        "The file exists already; --force overwrites it.");

    public static readonly LocalizedText Written = new("geschrieben:", "written:");

    /// <summary>A reading problem: {0} headline, {1} JSON path, {2} the library's detail. German puts its headline first; English gives the detail alone.</summary>
    public static readonly LocalizedText Diagnostic = new("{0} ({1}): {2}", "{2} ({1})");

    public static readonly LocalizedText Category = new("Kategorie", "Category");

    public static readonly LocalizedText DefaultSeverity = new("Schweregrad (Vorgabe)", "Default severity");

    public static readonly LocalizedText Message = new("Meldung", "Message");

    public static readonly LocalizedText Parameter = new("Parameter", "Parameter");

    public static readonly LocalizedText NoParameters = new("keine", "none");

    /// <summary>{0} the lower bound.</summary>
    public static readonly LocalizedText AtLeast = new(", mindestens {0}", ", at least {0}");

    /// <summary>{0} the upper bound.</summary>
    public static readonly LocalizedText AtMost = new(", höchstens {0}", ", at most {0}");

    /// <summary>{0} name, {1} default value, {2} range, {3} description.</summary>
    public static readonly LocalizedText ParameterLine = new("{0} (Vorgabe {1}{2}): {3}", "{0} (default {1}{2}): {3}");

    public static readonly LocalizedText Documentation = new("Dokumentation", "Documentation");

    public static readonly LocalizedText ExampleRuleSetName = new("mein-pruefprofil", "my-rule-set");

    public static readonly LocalizedText ExampleRuleSet = new(
        "Beispiel: ein Prüfprofil (--rules), das den Schweregrad ändert",
        "Example: a rule set (--rules) that changes the severity");

    public static readonly LocalizedText ExampleRuleSetParameters = new(" und die Parameter setzt", " and sets the parameters");

    public static readonly LocalizedText ExampleSuppression = new(
        "Beispiel: ein Befund wird im Stadtteilkonzept unter \"suppressions\" mit Begründung zurückgestellt:",
        "Example: a district plan suppresses one finding under \"suppressions\", with its justification:");

    public static readonly LocalizedText ExampleElementId = new("<Kennung des Elements>", "<id of the element>");

    public static readonly LocalizedText ExampleJustification = new("<warum der Befund hier hingenommen wird>", "<why the finding is accepted here>");

    public static readonly LocalizedText NothingToSuggest = new(
        "Alle Ziele und Maßnahmen des Plans verfeinern ein Ziel des Konzepts: nichts vorzuschlagen.",
        "Every goal and measure of the plan refines a goal of the concept: nothing to suggest.");

    /// <summary>{0} the number of goals and measures.</summary>
    public static readonly LocalizedText SuggestionsFor = new(
        "Vorschläge für {0} Ziele und Maßnahmen ohne Ziel des Konzepts (nichts wird geändert):",
        "Suggestions for {0} goals and measures that refine no goal of the concept (nothing is changed):");

    public static readonly LocalizedText SuggestedGoal = new("Ziel", "Goal");

    public static readonly LocalizedText SuggestedMeasure = new("Maßnahme", "Measure");

    public static readonly LocalizedText NoSharedWord = new(
        "  kein Ziel des Konzepts teilt ein Wort mit diesem Text",
        "  no goal of the concept shares a word with this text");

    public static readonly LocalizedText SharedTerms = new("     gemeinsame Wörter: ", "     shared terms: ");
}
