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
}
