using IntegrationConcept.Localization;

namespace IntegrationConcept.Rendering.Content;

/// <summary>Texts of the matrix report (several districts against one concept), in German and English.</summary>
internal static class MatrixTexts
{
    private static LocalizedText T(string german, string english) => new(german, english);

    public static readonly LocalizedText Combined = T(
        "Zusammen betrachtet: ein Ziel zählt als abgedeckt, wenn mindestens ein Stadtteil es abdeckt. ",
        "Taken together: a goal counts as covered when at least one district covers it. ");
    public static readonly LocalizedText DistrictsTable = T("Abdeckung je Stadtteil", "Coverage per district");
    public static readonly LocalizedText District = T("Stadtteil", "District");
    public static readonly LocalizedText Share = T("Abdeckungsgrad", "Share covered");
    public static readonly LocalizedText Together = T("Zusammen", "Together");
    public static readonly LocalizedText HeatmapTitle = T("Ziele × Stadtteile: Stand der Abdeckung", "Goals × districts: coverage");
    public static readonly LocalizedText HeatmapDescription = T(
        "Jede Zeile ein Ziel des gesamtstädtischen Konzepts, nach Handlungsfeldern gruppiert, jede Spalte ein Stadtteil. Dieselben Angaben stehen in Worten in den Tabellen des folgenden Kapitels.",
        "Each row a goal of the city concept, grouped by action field; each column a district. The tables of the next chapter give the same in words.");
    public static readonly LocalizedText GoalsByDistrict = T("Ziele nach Handlungsfeldern und Stadtteilen", "Goals by action field and district");
    public static readonly LocalizedText GoalsTable = T("Ziele im Handlungsfeld {0} je Stadtteil", "Goals in the action field {0} per district");
    public static readonly LocalizedText Transfer = T("Übertragbare Ideen: eigene Ziele der Stadtteile", "Ideas to transfer: the districts' own goals");
    public static readonly LocalizedText TransferLead = T(
        "Ziele, die ein Stadtteil über das gesamtstädtische Konzept hinaus verfolgt; sie können anderen Stadtteilen und der Fortschreibung des Konzepts dienen.",
        "Goals a district pursues beyond the city concept; they can serve other districts and the concept's next update.");
    public static readonly LocalizedText AppendixLead = T(
        "Befunde je Stadtteil nach Schweregrad; Regeln und Fundstellen nennt der Bericht des einzelnen Stadtteils.",
        "Findings per district by severity; the report of each district names rules and locations.");
    public static readonly LocalizedText AppendixTable = T("Befunde je Stadtteil", "Findings per district");
    public static readonly LocalizedText Errors = T("Fehler", "Errors");
    public static readonly LocalizedText Warnings = T("Warnungen", "Warnings");
    public static readonly LocalizedText Infos = T("Hinweise", "Information");
    public static readonly LocalizedText Deferred = T("mit Begründung zurückgestellt", "set aside with a justification");
}
