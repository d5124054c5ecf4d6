using IntegrationConcept.Localization;

namespace IntegrationConcept.Rendering.Content;

/// <summary>Texts of the indicator chapter, the findings, the feedback and the technical appendix, in German and English.</summary>
internal static class IndicatorTexts
{
    private static LocalizedText T(string german, string english) => new(german, english);

    // Indicators
    public static readonly LocalizedText Indicators = T("Indikatoren", "Indicators");
    public static readonly LocalizedText Tolerance = T(
        "Die Ampel vergleicht die letzte Messung bis zum Stichtag mit dem Sollwert laut Zielpfad (gerade Linie vom Ausgangs- zum Zielwert). Ist das Datum des letzten Zielwerts verstrichen, ist der Sollwert dieser Zielwert. Grün: höchstens {0} Abweichung, gelb: über {0}, rot: über {1} der geplanten Veränderung.",
        "The traffic light compares the latest measurement up to the evaluation date with the planned value on the target path (a straight line from baseline to target). Once the date of the final target has passed, the planned value is that target. Green: a deviation of at most {0}; yellow: above {0}; red: above {1} of the planned change.");
    public static readonly LocalizedText Table = T("Indikatoren mit Ausgangswert, Zielwert, Messung und Ampel", "Indicators with baseline, target, measurement and traffic light");
    public static readonly LocalizedText None = T("Das Stadtteilkonzept hat keine Indikatoren.", "The district plan has no indicators.");
    public static readonly LocalizedText Indicator = T("Indikator", "Indicator");
    public static readonly LocalizedText Baseline = T("Ausgangswert", "Baseline");
    public static readonly LocalizedText Target = T("Zielwert", "Target");
    public static readonly LocalizedText Latest = T("Letzte Messung", "Latest measurement");
    public static readonly LocalizedText Planned = T("Sollwert laut Zielpfad", "Planned value on the target path");
    public static readonly LocalizedText Deviation = T("Abweichung", "Deviation");
    public static readonly LocalizedText Light = T("Ampel", "Traffic light");
    public static readonly LocalizedText NoMeasurement = T("keine Messung", "no measurement");
    public static readonly LocalizedText AsPlanned = T("wie geplant", "as planned");
    public static readonly LocalizedText Below = T("{0} unter Soll", "{0} below plan");
    public static readonly LocalizedText Above = T("{0} über Soll", "{0} above plan");
    public static readonly LocalizedText OfChange = T(" ({0} der geplanten Veränderung)", " ({0} of the planned change)");
    public static readonly LocalizedText Green = T("grün: im Plan", "green: on track");
    public static readonly LocalizedText Yellow = T("gelb: hinter Plan", "yellow: behind plan");
    public static readonly LocalizedText Red = T("rot: deutlich hinter Plan", "red: well behind plan");
    public static readonly LocalizedText GreenReached = T("grün: Zielwert erreicht", "green: target reached");
    public static readonly LocalizedText GreenMissed = T("grün: Zielwert knapp verfehlt", "green: target narrowly missed");
    public static readonly LocalizedText YellowMissed = T("gelb: Zielwert verfehlt", "yellow: target missed");
    public static readonly LocalizedText RedMissed = T("rot: Zielwert deutlich verfehlt", "red: target clearly missed");
    public static readonly LocalizedText Qualitative = T("ohne Ampel: qualitativ", "none: qualitative");
    public static readonly LocalizedText NotRatable = T("ohne Ampel: Ausgangs- oder Zielwert fehlt", "none: baseline or target missing");
    public static readonly LocalizedText NotMeasured = T("ohne Ampel: keine Messung", "none: no measurement");
    public static readonly LocalizedText Unit = T("Einheit: {0}", "unit: {0}");
    public static readonly LocalizedText ChartTitle = T("{0}: Zielpfad und Messwerte", "{0}: target path and measurements");
    public static readonly LocalizedText ChartPlanned = T("Zielpfad (Soll)", "Target path (planned)");
    public static readonly LocalizedText ChartMeasured = T("Messwerte", "Measurements");
    public static readonly LocalizedText ChartDate = T("Stichtag", "Evaluation date");
    public static readonly LocalizedText ChartDescription = T(
        "Zielpfad: {0}. Messwerte: {1}. Stichtag: {2}.",
        "Target path: {0}. Measurements: {1}. Evaluation date: {2}.");
    public static readonly LocalizedText NoMeasurements = T("keine", "none");

    // Findings and feedback
    public static readonly LocalizedText Findings = T("Hinweise nach Handlungsfeldern", "Findings by action field");
    public static readonly LocalizedText FindingsLead = T(
        "Was die Prüfung im Einzelnen festgestellt hat. Angaben zur Datenpflege stehen im Technischen Anhang.",
        "What the check found in detail. Notes on data maintenance are in the technical appendix.");
    public static readonly LocalizedText CrossCutting = T("Übergreifend", "Cross-cutting");
    public static readonly LocalizedText NoFindings = T("Die Prüfung hat nichts festgestellt.", "The check found nothing.");
    public static readonly LocalizedText Feedback = T("Rückmeldung an das gesamtstädtische Konzept", "Feedback for the city concept");
    public static readonly LocalizedText Deficits = T("Defizite: Ziele, die der Stadtteil nicht oder nur teilweise umsetzen kann", "Deficits: goals the district cannot or can only partly put into practice");
    public static readonly LocalizedText Potentials = T("Potenziale: eigene Ziele des Stadtteils über das Konzept hinaus", "Potentials: the district's own goals beyond the concept");
    public static readonly LocalizedText NoneItem = T("keine", "none");

    // Appendix
    public static readonly LocalizedText Appendix = T("Technischer Anhang", "Technical appendix");
    public static readonly LocalizedText AppendixLead = T(
        "Für die Pflege der Daten: jeder Befund mit Regel, Schweregrad und Fundstelle (JSON-Pfad im Dokument).",
        "For the people maintaining the data: every finding with its rule, severity and location (JSON path in the document).");
    public static readonly LocalizedText AppendixTable = T("Befunde mit Regel und Fundstelle", "Findings with rule and location");
    public static readonly LocalizedText Deferred = T("Mit Begründung zurückgestellte Befunde", "Findings set aside with a justification");
    public static readonly LocalizedText Rule = T("Regel", "Rule");
    public static readonly LocalizedText Severity = T("Schweregrad", "Severity");
    public static readonly LocalizedText Location = T("Fundstelle", "Location");
    public static readonly LocalizedText Message = T("Meldung", "Message");
    public static readonly LocalizedText Justification = T("Begründung", "Justification");
    public static readonly LocalizedText ConceptDocument = T("Konzept", "concept");
    public static readonly LocalizedText PlanDocument = T("Stadtteilkonzept", "district plan");
    public static readonly LocalizedText NoAppendix = T("Keine Befunde.", "No findings.");
}
