using IntegrationConcept.Rendering;
using IntegrationConcept.Results;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Rendering;

/// <summary>Headings and labels of the text and Markdown renderings, in German and English.</summary>
internal static class ReportTexts
{
    private static LocalizedText T(string german, string english) => new(german, english);

    public static readonly LocalizedText ReportTitle = T("Abdeckungsbericht", "Coverage report");
    public static readonly LocalizedText MatrixTitle = T("Abdeckungsmatrix", "Coverage matrix");
    public static readonly LocalizedText Concept = T("Gesamtstädtisches Konzept", "City concept");
    public static readonly LocalizedText Version = T("Version", "version");
    public static readonly LocalizedText TakesUp = T("aufgegriffene Version", "version taken up");
    public static readonly LocalizedText EvaluationDate = T("Stichtag", "Evaluation date");
    public static readonly LocalizedText RuleSet = T("Regelsatz", "Rule set");
    public static readonly LocalizedText CoverageByField = T("Abdeckung nach Handlungsfeldern", "Coverage by action field");
    public static readonly LocalizedText ActionField = T("Handlungsfeld", "Action field");
    public static readonly LocalizedText Goals = T("Ziele", "Goals");
    public static readonly LocalizedText Goal = T("Ziel", "Goal");
    public static readonly LocalizedText Covered = T("abgedeckt", "covered");
    public static readonly LocalizedText Partly = T("teilweise", "partly");
    public static readonly LocalizedText Uncovered = T("nicht abgedeckt", "not covered");
    public static readonly LocalizedText OutOfScope = T("nicht zutreffend", "out of scope");
    public static readonly LocalizedText Coverage = T("Abdeckung", "Coverage");
    public static readonly LocalizedText Grade = T("Bewertung", "Grade");
    public static readonly LocalizedText Total = T("Gesamt", "Total");
    public static readonly LocalizedText Combined = T("Zusammen", "Combined");
    public static readonly LocalizedText Principles = T("Grundsätze", "Principles");
    public static readonly LocalizedText PrinciplesApplied = T("{0} von {1} angewandt", "{0} of {1} applied");
    public static readonly LocalizedText Findings = T("Befunde", "Findings");
    public static readonly LocalizedText NoFindings = T("keine", "none");
    public static readonly LocalizedText Suppressed = T("Unterdrückt", "Suppressed");
    public static readonly LocalizedText DataQuality = T("Datenqualität (für die Pflege der Daten)", "Data quality (for the people maintaining the data)");
    public static readonly LocalizedText Justification = T("Begründung", "justification");
    public static readonly LocalizedText Feedback = T("Rückmeldung an das gesamtstädtische Konzept", "Feedback for the city concept");
    public static readonly LocalizedText Deficits = T("Defizite", "Deficits");
    public static readonly LocalizedText Potentials = T("Potenziale", "Potentials");
    public static readonly LocalizedText None = T("keine", "none");
    public static readonly LocalizedText ConceptDocument = T("Konzept", "concept");
    public static readonly LocalizedText PlanDocument = T("Stadtteilkonzept", "plan");
    public static readonly LocalizedText District = T("Stadtteil", "District");

    public static LocalizedText Cell(CoverageGrade grade) => grade switch
    {
        CoverageGrade.Covered => T("ja", "yes"),
        CoverageGrade.PartlyCovered => T("teilw.", "partly"),
        CoverageGrade.Uncovered => T("nein", "no"),
        _ => T("n. z.", "n/a"),
    };

    public static readonly LocalizedText Legend = T(
        "ja = abgedeckt, teilw. = teilweise abgedeckt, nein = nicht abgedeckt, n. z. = nicht zutreffend",
        "yes = covered, partly = partly covered, no = not covered, n/a = out of scope");
}
