using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rendering.Content;

/// <summary>Headings, labels and sentences of the committee report, in German and English.</summary>
/// <remarks>Nouns keep their grammatical gender: der Grundsatz, das Ziel, die Maßnahme, der Indikator, das Handlungsfeld.</remarks>
internal static class ContentTexts
{
    private static LocalizedText T(string german, string english) => new(german, english);

    // Document
    public static readonly LocalizedText PlanTitle = T("Bericht zur Umsetzung im Stadtteil {0}", "Implementation report for the district {0}");
    public static readonly LocalizedText MatrixTitle = T("Bericht zur Umsetzung in den Stadtteilen", "Implementation report across districts");
    public static readonly LocalizedText PlanChecked = T("Geprüftes Stadtteilkonzept: {0}", "District plan checked: {0}");
    public static readonly LocalizedText ConceptLine = T("Gesamtstädtisches Konzept: {0}, Fassung {1}", "City concept: {0}, edition {1}");
    public static readonly LocalizedText TakesUpOther = T(
        "Das Stadtteilkonzept greift die Fassung {0} auf; geprüft wird gegen die Fassung {1}.",
        "The district plan takes up the edition {0}; it is checked against the edition {1}.");
    public static readonly LocalizedText EvaluationDate = T("Stichtag: {0}", "Evaluation date: {0}");
    public static readonly LocalizedText Profile = T("Prüfprofil: {0}", "Check profile: {0}");
    public static readonly LocalizedText StandardProfile = T("Standard", "standard");
    public static readonly LocalizedText Districts = T("Stadtteile: {0}", "Districts: {0}");

    // At a glance
    public static readonly LocalizedText AtAGlance = T("Auf einen Blick", "At a glance");
    public static readonly LocalizedText GoalsInScope = T(
        "Zu bearbeiten {2}: {0} von {1} Zielen des gesamtstädtischen Konzepts",
        "To be worked on {2}: {0} of the city concept's {1} goals");
    public static readonly LocalizedText GoalsInScopeOne = T(
        "Zu bearbeiten {2}: {0} von {1} Ziel des gesamtstädtischen Konzepts",
        "To be worked on {2}: {0} of the city concept's {1} goal");
    public static readonly LocalizedText DeclaredOutOfScope = T(" ({0} als nicht zutreffend erklärt)", " ({0} declared not applicable)");
    public static readonly LocalizedText OfThese = T(
        ". Davon vollständig abgedeckt: {0}, teilweise abgedeckt: {1}, nicht abgedeckt: {2}.",
        ". Of these, fully covered: {0}, partly covered: {1}, not covered: {2}.");
    public static readonly LocalizedText Share = T(
        "Vollständig abgedeckt sind damit {0} der {3} zu bearbeitenden Ziele ({1} von {2}).",
        "So {0} of the goals to be worked on {3} are fully covered ({1} of {2}).");
    public static readonly LocalizedText NoGoalInScope = T("Kein Ziel ist {0} zu bearbeiten.", "No goal is to be worked on {0}.");
    public static readonly LocalizedText InDistrict = T("im Stadtteil", "in the district");
    public static readonly LocalizedText InDistricts = T("in den Stadtteilen", "in the districts");
    public static readonly LocalizedText PrinciplesLine = T(
        "Grundsätze: {0} von {1} werden von mindestens einer Maßnahme angewandt.",
        "Principles: {0} of {1} are applied by at least one measure.");
    public static readonly LocalizedText IndicatorsLine = T(
        "Indikatoren mit Ampel: {0} grün, {1} gelb, {2} rot. Ohne Ampel: {3} ohne Messung bis zum Stichtag, {4} qualitativ, {5} ohne Ausgangs- oder Zielwert.",
        "Indicators with a traffic light: {0} green, {1} yellow, {2} red. Without: {3} with no measurement by the evaluation date, {4} qualitative, {5} without a baseline or target.");
    public static readonly LocalizedText FieldsTable = T("Handlungsfelder auf einen Blick", "Action fields at a glance");
    public static readonly LocalizedText BarChartTitle = T("Ziele je Handlungsfeld nach Stand der Abdeckung", "Goals per action field by coverage");
    public static readonly LocalizedText BarChartDescription = T("Gestapelte Balken je Handlungsfeld. ", "Stacked bars per action field. ");
    public static readonly LocalizedText OpenPoints = T("Die wichtigsten offenen Punkte", "The most important open points");
    public static readonly LocalizedText NoOpenPoints = T("Keine offenen Punkte: alle Ziele im Stadtteil sind abgedeckt und alle Indikatoren im Plan.", "No open points: every goal in the district is covered and every indicator on track.");
    public static readonly LocalizedText MorePoints = T("… und {0} weitere Punkte in den Tabellen unten.", "… and {0} more points in the tables below.");
    public static readonly LocalizedText PointUncovered = T("{0} ({1}): kein Stadtteilziel greift das Ziel auf.", "{0} ({1}): no district goal takes the goal up.");
    public static readonly LocalizedText PointPartly = T("{0} ({1}): nur teilweise abgedeckt, es fehlt {2}.", "{0} ({1}): only partly covered; missing: {2}.");
    public static readonly LocalizedText PointRed = T("Der Indikator {0} steht auf Rot: gemessen {1}, Soll laut Zielpfad {2}.", "Indicator {0} is red: measured {1}, planned {2}.");
    public static readonly LocalizedText PointRedMissed = T("Der Indikator {0} steht auf Rot: Zielwert verfehlt, gemessen {1}, Zielwert {2}.", "Indicator {0} is red: target missed, measured {1}, target {2}.");
    public static readonly LocalizedText PointYellowMissed = T("Der Indikator {0} steht auf Gelb: Zielwert verfehlt, gemessen {1}, Zielwert {2}.", "Indicator {0} is yellow: target missed, measured {1}, target {2}.");
    public static readonly LocalizedText PointYellow = T("Der Indikator {0} steht auf Gelb: gemessen {1}, Soll laut Zielpfad {2}.", "Indicator {0} is yellow: measured {1}, planned {2}.");
    public static readonly LocalizedText PointOverdue = T("Die Maßnahme {0} sollte am {1} enden und ist nicht abgeschlossen.", "Measure {0} should have ended on {1} and is not completed.");

    // Columns
    public static readonly LocalizedText ActionField = T("Handlungsfeld", "Action field");
    public static readonly LocalizedText InScopeColumn = T("Ziele im Stadtteil", "Goals in the district");
    public static readonly LocalizedText CoveredColumn = T("vollständig abgedeckt", "fully covered");
    public static readonly LocalizedText PartlyColumn = T("teilweise abgedeckt", "partly covered");
    public static readonly LocalizedText UncoveredColumn = T("nicht abgedeckt", "not covered");
    public static readonly LocalizedText OutOfScopeColumn = T("nicht zutreffend", "not applicable");
    public static readonly LocalizedText Status = T("Stand", "Status");
    public static readonly LocalizedText Total = T("Gesamt", "Total");

    // Goals by action field
    public static readonly LocalizedText GoalsByField = T("Ziele nach Handlungsfeldern", "Goals by action field");
    public static readonly LocalizedText FieldLead = T("Stand: {0}. Vollständig abgedeckt: {1} von {2}; teilweise: {3}; nicht abgedeckt: {4}; nicht zutreffend: {5}.", "Status: {0}. Fully covered: {1} of {2}; partly: {3}; not covered: {4}; not applicable: {5}.");
    public static readonly LocalizedText FieldOutOfScope = T("Das Handlungsfeld ist im Stadtteil nicht zutreffend. Begründung: {0}", "The action field does not apply in the district. Justification: {0}");
    public static readonly LocalizedText GoalsTable = T("Ziele im Handlungsfeld {0}", "Goals in the action field {0}");
    public static readonly LocalizedText NoGoals = T("Das Handlungsfeld hat keine Ziele.", "The action field has no goals.");
    public static readonly LocalizedText Goal = T("Ziel", "Goal");
    public static readonly LocalizedText DistrictGoals = T("Stadtteilziele", "District goals");
    public static readonly LocalizedText Measures = T("Maßnahmen (Träger; Federführung; Laufzeit; Stand)", "Measures (carrier; lead office; period; status)");
    public static readonly LocalizedText Recorded = T("Umsetzungsstand laut Planung", "Implementation status as recorded");
    public static readonly LocalizedText RecordedAsOf = T("{0} (Stand {1})", "{0} (as of {1})");
    public static readonly LocalizedText NotRecorded = T("nicht erfasst", "not recorded");
    public static readonly LocalizedText LeadOffice = T("Federführung: {0}", "lead office: {0}");
    public static readonly LocalizedText NoLeadOffice = T("ohne Federführung", "no lead office");
    public static readonly LocalizedText BudgetTable = T("Haushaltsmittel der Maßnahmen im Handlungsfeld {0}", "Budget of the measures in the action field {0}");
    public static readonly LocalizedText Measure = T("Maßnahme", "Measure");
    public static readonly LocalizedText BudgetYear = T("Jahr", "Year");
    public static readonly LocalizedText BudgetPlanned = T("geplant", "planned");
    public static readonly LocalizedText BudgetApproved = T("bewilligt", "approved");
    public static readonly LocalizedText BudgetSpent = T("ausgegeben", "spent");
    public static readonly LocalizedText BudgetSource = T("Förderung, Haushaltsstelle", "Funding, budget line");
    public static readonly LocalizedText BudgetLine = T("Haushaltsstelle {0}", "budget line {0}");
    public static readonly LocalizedText Missing = T("Was fehlt / Begründung", "What is missing / justification");
    public static readonly LocalizedText MissingPrefix = T("Es fehlt: {0}", "Missing: {0}");
    public static readonly LocalizedText NotTakenUp = T("Kein Stadtteilziel greift das Ziel auf.", "No district goal takes the goal up.");
    public static readonly LocalizedText Justified = T("Nicht zutreffend: {0}", "Not applicable: {0}");
    public static readonly LocalizedText Unjustified = T("Ohne Begründung als nicht zutreffend erklärt.", "Declared not applicable without a justification.");
    public static readonly LocalizedText Carrier = T("Träger: {0}", "carrier: {0}");
    public static readonly LocalizedText NoCarrier = T("ohne Träger", "no carrier");
    public static readonly LocalizedText NoPeriod = T("ohne Laufzeit", "no period");
    public static readonly LocalizedText OnDay = T("am {0}", "on {0}");
    public static readonly LocalizedText FieldNothingInScope = T("Stand: {0}. Keines seiner {1} Ziele ist im Stadtteil zu bearbeiten.", "Status: {0}. None of its {1} goals is to be worked on in the district.");
    public static readonly LocalizedText FieldNothingInScopeOne = T("Stand: {0}. Sein Ziel ist im Stadtteil nicht zu bearbeiten.", "Status: {0}. Its goal is not to be worked on in the district.");
    public static readonly LocalizedText OpenEnded = T("ab {0}, unbefristet", "from {0}, open-ended");
    public static readonly LocalizedText About = T("rund", "about");
    public static readonly LocalizedText Dash = T("–", "–");
    public static readonly LocalizedText OtherGoals = T("Ziele ohne bekanntes Handlungsfeld", "Goals without a known action field");

    public static LocalizedText Grade(CoverageGrade grade) => grade switch
    {
        CoverageGrade.Covered => T("abgedeckt", "covered"),
        CoverageGrade.PartlyCovered => T("teilweise abgedeckt", "partly covered"),
        CoverageGrade.Uncovered => T("nicht abgedeckt", "not covered"),
        _ => T("nicht zutreffend", "not applicable"),
    };

    public static LocalizedText Criterion(MissingCriterion criterion) => criterion switch
    {
        MissingCriterion.Measure => T("eine Maßnahme", "a measure"),
        MissingCriterion.ActiveMeasure => T("eine Maßnahme, die nicht abgebrochen ist", "a measure that is not cancelled"),
        MissingCriterion.Carrier => T("ein Träger", "a carrier"),
        MissingCriterion.Period => T("eine Laufzeit", "a period"),
        MissingCriterion.CarrierAndPeriod => T("eine Maßnahme mit Träger und Laufzeit", "a measure with both a carrier and a period"),
        MissingCriterion.Indicator => T("ein Indikator", "an indicator"),
        MissingCriterion.Baseline => T("ein Ausgangswert", "a baseline"),
        MissingCriterion.Target => T("ein Zielwert", "a target"),
        _ => T("ein Indikator mit Ausgangs- und Zielwert", "an indicator with both a baseline and a target"),
    };

    public static LocalizedText MeasureStatusText(MeasureStatus status) => status switch
    {
        MeasureStatus.Planned => T("geplant", "planned"),
        MeasureStatus.Running => T("laufend", "running"),
        MeasureStatus.Completed => T("abgeschlossen", "completed"),
        _ => T("abgebrochen", "cancelled"),
    };

    public static LocalizedText ImplementationStatusText(ImplementationStatus status) => status switch
    {
        ImplementationStatus.Achieved => T("erreicht", "achieved"),
        ImplementationStatus.OnTrack => T("auf gutem Weg", "on track"),
        ImplementationStatus.Delayed => T("verzögert", "delayed"),
        ImplementationStatus.AtRisk => T("gefährdet", "at risk"),
        _ => T("nicht begonnen", "not started"),
    };

    public static LocalizedText SeverityText(Severity severity) => severity switch
    {
        Severity.Error => T("Fehler", "error"),
        Severity.Warning => T("Warnung", "warning"),
        _ => T("Hinweis", "info"),
    };
}
