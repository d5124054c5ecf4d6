using IntegrationConcept.Localization;

namespace IntegrationConcept.Rules;

/// <summary>Titles, message templates and reasons of the rules about needs, responsibility, money, time and spatial level (issue 13), in German and English.</summary>
internal static class PlanningRuleTexts
{
    private static LocalizedText T(string german, string english) => new(german, english);

    public static readonly LocalizedText UnaddressedNeedTitle = T("Bedarf ohne Stadtteilziel", "Need not addressed");
    public static readonly LocalizedText UnaddressedNeed = T(
        "Der festgestellte Bedarf {0} „{1}“ wird von keinem Stadtteilziel aufgegriffen.",
        "The recorded need {0} '{1}' is addressed by no district goal.");

    public static readonly LocalizedText UnreachedTargetGroupTitle = T("Zielgruppe ohne laufende Maßnahme", "Target group without a running measure");
    public static readonly LocalizedText UnreachedTargetGroup = T(
        "Die Zielgruppe {0} „{1}“ wird am Stichtag {2} von keiner laufenden Maßnahme erreicht.",
        "Target group {0} '{1}' is reached by no measure running at the evaluation date {2}.");

    public static readonly LocalizedText MeasureWithoutLeadOfficeTitle = T("Maßnahme ohne Federführung", "Measure without a lead office");
    public static readonly LocalizedText MeasureWithoutLeadOffice = T(
        "Für die Maßnahme {0} „{1}“ ist keine Federführung in der Verwaltung benannt.",
        "Measure {0} '{1}' names no lead office in the administration.");

    public static readonly LocalizedText MeasureWithoutBudgetTitle = T("Maßnahme ohne Haushaltsmittel", "Measure without a budget");
    public static readonly LocalizedText MeasureWithoutBudget = T(
        "Für die Maßnahme {0} „{1}“ sind keine Haushaltsmittel angegeben (weder geplant noch bewilligt noch verausgabt).",
        "Measure {0} '{1}' has no budget entry (nothing planned, approved or spent).");

    public static readonly LocalizedText PlanPastTermTitle = T("Laufzeit des Stadtteilkonzepts abgelaufen", "District plan past its term");
    public static readonly LocalizedText PlanPastTerm = T(
        "Die Laufzeit des Stadtteilkonzepts endete am {0}; Stichtag ist der {1}. Das Konzept sollte fortgeschrieben werden.",
        "The district plan's term ended on {0}; the evaluation date is {1}. The plan should be updated.");

    public static readonly LocalizedText UnknownConceptVersionTitle = T("Fassung des gesamtstädtischen Konzepts unbekannt", "Unknown version of the city concept");
    public static readonly LocalizedText UnknownConceptVersion = T(
        "Das Stadtteilkonzept greift die Fassung {0} auf, die das gesamtstädtische Konzept nicht kennt (aktuelle Fassung: {1}).",
        "The district plan takes up version {0}, which the city concept does not have (current version: {1}).");

    public static readonly LocalizedText ReasonGoalsUnchanged = T("die Ziele sind seitdem unverändert", "the goals have not changed since");
    public static readonly LocalizedText ReasonGoalAdded = T("Ziel {0} „{1}“ ist neu (Handlungsfeld {2})", "goal {0} '{1}' is new (action field {2})");
    public static readonly LocalizedText ReasonGoalRemoved = T("Ziel {0} „{1}“ ist entfallen", "goal {0} '{1}' was removed");
    public static readonly LocalizedText ReasonGoalReworded = T("Ziel {0} neu gefasst: bisher „{1}“, jetzt „{2}“", "goal {0} reworded: was '{1}', now '{2}'");
    public static readonly LocalizedText ReasonGoalMoved = T("Ziel {0} ist vom Handlungsfeld {1} in das Handlungsfeld {2} verschoben", "goal {0} moved from action field {1} to {2}");

    public static readonly LocalizedText IndicatorLevelMismatchTitle = T("Indikator auf anderer räumlicher Ebene", "Indicator at another spatial level");
    public static readonly LocalizedText IndicatorLevelMismatch = T(
        "Der Indikator {0} „{1}“ misst auf der Ebene {2}, nicht im Stadtteil; er kann {3} {4} nicht messen.",
        "Indicator {0} '{1}' is measured at the level {2}, not in the district; it cannot measure {3} {4}.");
    public static readonly LocalizedText ReasonForeignAreas = T("Gebietsschlüssel außerhalb des Stadtteils: {0}", "area keys outside the district: {0}");

    public static readonly LocalizedText StaleIndicatorDataTitle = T("Daten veraltet", "Stale data");
    public static readonly LocalizedText StaleIndicatorData = T(
        "Die letzte Messung des Indikators {0} „{1}“ stammt vom {2} und ist am Stichtag {3} älter als {4} Monate.",
        "The latest measurement of indicator {0} '{1}' dates from {2} and is older than {4} months at the evaluation date {3}.");
    public static readonly LocalizedText MaxAgeMonths = T(
        "Alter in Monaten, ab dem die letzte Messung eines Indikators als veraltet gilt.",
        "Age in months above which the latest measurement of an indicator counts as stale.");

    public static readonly LocalizedText TargetReachedTitle = T("Zielwert erreicht", "Target reached");
    public static readonly LocalizedText TargetReached = T(
        "Der Indikator {0} „{1}“ hat seinen Zielwert erreicht: Ziel {2} zum {3}, gemessen {4} am {5}.",
        "Indicator {0} '{1}' reached its target: target {2} by {3}, measured {4} on {5}.");

    public static readonly LocalizedText TargetMissedTitle = T("Zielwert verfehlt", "Target missed");
    public static readonly LocalizedText TargetMissed = T(
        "Der Indikator {0} „{1}“ hat seinen Zielwert verfehlt: Ziel {2} zum {3}, gemessen {4} am {5}.",
        "Indicator {0} '{1}' missed its target: target {2} by {3}, measured {4} on {5}.");

    public static readonly LocalizedText LevelCity = T("Gesamtstadt", "city");
    public static readonly LocalizedText LevelState = T("Land", "Land (federal state)");
    public static readonly LocalizedText LevelSubArea = T("Teilgebiete", "sub-areas");
    public static readonly LocalizedText TheDistrictGoal = T("das Stadtteilziel", "district goal");
    public static readonly LocalizedText TheMeasure = T("die Maßnahme", "measure");

    public static readonly LocalizedText RecordedStatusTitle = T("Umsetzungsstand laut Planung", "Implementation status as recorded");
    public static readonly LocalizedText RecordedStatus = T(
        "Umsetzungsstand des Stadtteilziels {0} „{1}“ laut Planung: {2} (Stand {3}).",
        "Implementation status of district goal {0} '{1}' as recorded by the planners: {2} (as of {3}).");
    public static readonly LocalizedText ReasonComputedGrade = T("berechnet: Ziel {0} {1}", "computed: city goal {0} {1}");
    public static readonly LocalizedText ReasonOwnGoal = T("berechnet: eigenes Ziel des Stadtteils, keine Abdeckung zu berechnen", "computed: a goal of the district's own, no coverage to compute");
    public static readonly LocalizedText ReasonStatusContradicts = T(
        "der festgehaltene Stand widerspricht der berechneten Abdeckung: nicht alle aufgegriffenen Ziele sind abgedeckt",
        "the recorded status contradicts the computed coverage: not every goal taken up is covered");
    public static readonly LocalizedText ReasonStatusComment = T("Anmerkung: {0}", "comment: {0}");

    public static LocalizedText Status(Model.ImplementationStatus status) => status switch
    {
        Model.ImplementationStatus.Achieved => T("erreicht", "achieved"),
        Model.ImplementationStatus.OnTrack => T("auf gutem Weg", "on track"),
        Model.ImplementationStatus.Delayed => T("verzögert", "delayed"),
        Model.ImplementationStatus.AtRisk => T("gefährdet", "at risk"),
        _ => T("nicht begonnen", "not started"),
    };
}
