using IntegrationConcept.Localization;

namespace IntegrationConcept.Rules;

/// <summary>Titles and message templates of the built-in rules, in German and English.</summary>
internal static class RuleTexts
{
    private static LocalizedText T(string german, string english) => new(german, english);

    // Coverage
    public static readonly LocalizedText UncoveredActionFieldTitle = T("Handlungsfeld nicht abgedeckt", "Action field not covered");
    public static readonly LocalizedText UncoveredActionField = T(
        "Das Handlungsfeld {0} „{1}“ ist nicht abgedeckt: keines seiner Ziele ist ganz oder teilweise abgedeckt.",
        "Action field {0} '{1}' is not covered: none of its goals is covered or partly covered.");

    public static readonly LocalizedText UncoveredGoalTitle = T("Ziel nicht abgedeckt", "City goal not covered");
    public static readonly LocalizedText UncoveredGoal = T(
        "Das Ziel {0} „{1}“ des gesamtstädtischen Konzepts wird von keinem Stadtteilziel aufgegriffen.",
        "City goal {0} '{1}' is refined by no district goal.");

    public static readonly LocalizedText PartlyCoveredGoalTitle = T("Ziel nur teilweise abgedeckt", "City goal only partly covered");
    public static readonly LocalizedText PartlyCoveredGoal = T(
        "Das Ziel {0} „{1}“ ist nur teilweise abgedeckt: {2}.",
        "City goal {0} '{1}' is only partly covered: {2}.");

    public static readonly LocalizedText UnappliedPrincipleTitle = T("Grundsatz nicht angewandt", "Principle not applied");
    public static readonly LocalizedText UnappliedPrinciple = T(
        "Der Grundsatz {0} „{1}“ wird von keiner Maßnahme angewandt.",
        "Principle {0} '{1}' is applied by no measure.");

    public static readonly LocalizedText NoMixedParticipationTitle = T(
        "Keine Maßnahme für Menschen mit und ohne Migrationshintergrund",
        "No measure for people with and without a migration background");
    public static readonly LocalizedText NoMixedParticipation = T(
        "Keine Maßnahme des Stadtteilkonzepts {0} erreicht Bewohnerinnen und Bewohner mit und ohne Migrationshintergrund gemeinsam.",
        "No measure of the district plan {0} reaches residents with and without a migration background together.");

    // Operationalisation
    public static readonly LocalizedText GoalWithoutMeasureTitle = T("Stadtteilziel ohne Maßnahme", "District goal without a measure");
    public static readonly LocalizedText GoalWithoutMeasure = T(
        "Das Stadtteilziel {0} „{1}“ hat keine Maßnahme.",
        "District goal {0} '{1}' has no measure.");

    public static readonly LocalizedText MeasureWithoutCarrierTitle = T("Maßnahme ohne Träger", "Measure without a carrier");
    public static readonly LocalizedText MeasureWithoutCarrier = T(
        "Die Maßnahme {0} „{1}“ hat keinen Träger.",
        "Measure {0} '{1}' has no carrier.");

    public static readonly LocalizedText MeasureWithoutPeriodTitle = T("Maßnahme ohne Zeitraum", "Measure without a period");
    public static readonly LocalizedText MeasureWithoutPeriod = T(
        "Die Maßnahme {0} „{1}“ hat keinen Zeitraum.",
        "Measure {0} '{1}' has no period.");

    public static readonly LocalizedText GoalWithoutIndicatorTitle = T("Stadtteilziel ohne Indikator", "District goal without an indicator");
    public static readonly LocalizedText GoalWithoutIndicator = T(
        "Das Stadtteilziel {0} „{1}“ hat keinen Indikator, weder direkt noch über seine Maßnahmen.",
        "District goal {0} '{1}' has no indicator, neither directly nor through its measures.");

    public static readonly LocalizedText IndicatorWithoutBaselineTitle = T("Indikator ohne Ausgangswert", "Indicator without a baseline");
    public static readonly LocalizedText IndicatorWithoutBaseline = T(
        "Der Indikator {0} „{1}“ hat keinen Ausgangswert.",
        "Indicator {0} '{1}' has no baseline.");

    public static readonly LocalizedText IndicatorWithoutTargetTitle = T("Indikator ohne Zielwert", "Indicator without a target");
    public static readonly LocalizedText IndicatorWithoutTarget = T(
        "Der Indikator {0} „{1}“ hat keinen Zielwert.",
        "Indicator {0} '{1}' has no target.");

    public static readonly LocalizedText IndicatorWithoutDataSourceTitle = T("Indikator ohne Datenquelle", "Indicator without a data source");
    public static readonly LocalizedText IndicatorWithoutDataSource = T(
        "Der Indikator {0} „{1}“ nennt keine Datenquelle.",
        "Indicator {0} '{1}' names no data source.");

    // Consistency
    public static readonly LocalizedText UnknownCityGoalTitle = T("Unbekanntes Ziel des gesamtstädtischen Konzepts", "Unknown city goal");
    public static readonly LocalizedText UnknownCityGoal = T(
        "Das Stadtteilziel {0} verfeinert das Ziel {1}, das es im gesamtstädtischen Konzept nicht gibt.",
        "District goal {0} refines goal {1}, which the city concept does not have.");

    public static readonly LocalizedText UnknownPrincipleTitle = T("Unbekannter Grundsatz", "Unknown principle");
    public static readonly LocalizedText UnknownPrinciple = T(
        "Die Maßnahme {0} wendet den Grundsatz {1} an, den es im gesamtstädtischen Konzept nicht gibt.",
        "Measure {0} applies principle {1}, which the city concept does not have.");

    public static readonly LocalizedText UnknownApproachTitle = T("Unbekannter Handlungsansatz", "Unknown approach");
    public static readonly LocalizedText UnknownApproach = T(
        "Die Maßnahme {0} setzt den Handlungsansatz {1} um, den es im gesamtstädtischen Konzept nicht gibt.",
        "Measure {0} implements approach {1}, which the city concept does not have.");

    public static readonly LocalizedText UnknownActionFieldTitle = T("Unbekanntes Handlungsfeld", "Unknown action field");
    public static readonly LocalizedText UnknownActionField = T(
        "{0} {1} nennt das Handlungsfeld {2}, das es im gesamtstädtischen Konzept nicht gibt.",
        "{0} {1} names action field {2}, which the city concept does not have.");

    public static readonly LocalizedText UnknownOutOfScopeElementTitle = T("Nicht zutreffend erklärtes Element unbekannt", "Out-of-scope element unknown");
    public static readonly LocalizedText UnknownOutOfScopeElement = T(
        "Als nicht zutreffend erklärt: {0} {1}, das es im gesamtstädtischen Konzept nicht gibt.",
        "Declared out of scope: {0} {1}, which the city concept does not have.");

    public static readonly LocalizedText PeriodOutsidePlanTitle = T("Zeitraum außerhalb des Stadtteilkonzepts", "Period outside the plan's validity");
    public static readonly LocalizedText PeriodOutsidePlan = T(
        "Der Zeitraum der Maßnahme {0} ({1} bis {2}) liegt nicht im Gültigkeitszeitraum des Stadtteilkonzepts ({3} bis {4}).",
        "The period of measure {0} ({1} to {2}) lies outside the validity of the district plan ({3} to {4}).");

    public static readonly LocalizedText PeriodOutsideConceptTitle = T("Zeitraum außerhalb der Konzeptversion", "Period outside the concept version's validity");
    public static readonly LocalizedText PeriodOutsideConcept = T(
        "Der Zeitraum der Maßnahme {0} ({1} bis {2}) liegt nicht im Gültigkeitszeitraum der Version {5} des gesamtstädtischen Konzepts ({3} bis {4}).",
        "The period of measure {0} ({1} to {2}) lies outside the validity of version {5} of the city concept ({3} to {4}).");

    public static readonly LocalizedText TargetContradictsDirectionTitle = T("Zielwert widerspricht der Richtung", "Target contradicts the direction");
    public static readonly LocalizedText TargetContradictsDirection = T(
        "Der Zielwert {1} zum {2} des Indikators {0} widerspricht seiner Richtung ({3}): der Ausgangswert ist {4} zum {5}.",
        "Target {1} on {2} of indicator {0} contradicts its direction ({3}): the baseline is {4} on {5}.");

    public static readonly LocalizedText UnjustifiedOutOfScopeTitle = T("Nicht zutreffend ohne Begründung", "Out of scope without a justification");
    public static readonly LocalizedText UnjustifiedOutOfScope = T(
        "{0} {1} ist ohne Begründung als nicht zutreffend erklärt; es zählt trotzdem als nicht zutreffend.",
        "{0} {1} is declared out of scope without a justification; it still counts as out of scope.");

    public static readonly LocalizedText UnjustifiedSuppressionTitle = T("Unterdrückung ohne Begründung", "Suppression without a justification");
    public static readonly LocalizedText UnjustifiedSuppression = T(
        "Die Unterdrückung von {0} für {1} hat keine Begründung und unterdrückt daher nichts.",
        "The suppression of {0} for {1} has no justification and so suppresses nothing.");

    public static readonly LocalizedText OutdatedConceptVersionTitle = T("Andere Version des gesamtstädtischen Konzepts", "Other version of the city concept");
    public static readonly LocalizedText OutdatedConceptVersion = T(
        "Das Stadtteilkonzept greift die Version {0} des gesamtstädtischen Konzepts auf; geprüft wird gegen die aktuelle Version {1}.",
        "The district plan takes up version {0} of the city concept; it is checked against the current version {1}.");

    public static readonly LocalizedText OtherMunicipalityTitle = T("Konzept einer anderen Kommune", "Concept of another municipality");
    public static readonly LocalizedText OtherMunicipality = T(
        "Das Stadtteilkonzept greift das Konzept von {0} auf; geprüft wird gegen das Konzept von {1}.",
        "The district plan takes up the concept of {0}; it is checked against the concept of {1}.");

    public static readonly LocalizedText UnknownSuppressedRuleTitle = T("Unterdrückung einer unbekannten Regel", "Suppression of an unknown rule");
    public static readonly LocalizedText UnknownSuppressedRule = T(
        "Die Unterdrückung für {1} nennt die Regel {0}, die es im Regelsatz nicht gibt.",
        "The suppression for {1} names rule {0}, which the rule set does not have.");

    // Evaluation
    public static readonly LocalizedText OverdueMeasureTitle = T("Maßnahme überfällig", "Measure overdue");
    public static readonly LocalizedText OverdueMeasure = T(
        "Die Maßnahme {0} „{1}“ sollte am {2} enden, ist am Stichtag {3} aber nicht abgeschlossen (Status: {4}).",
        "Measure {0} '{1}' should have ended on {2} but is not completed at the evaluation date {3} (status: {4}).");

    public static readonly LocalizedText IndicatorBehindPlanTitle = T("Indikator hinter Plan (gelb)", "Indicator behind plan (yellow)");
    public static readonly LocalizedText IndicatorBehindPlan = T(
        "Der Indikator {0} „{1}“ steht auf Gelb: gemessen {2} am {3}, geplant {4}; Abweichung {5} % der geplanten Veränderung.",
        "Indicator {0} '{1}' is yellow: measured {2} on {3}, planned {4}; deviation {5}% of the planned change.");

    public static readonly LocalizedText IndicatorOffTrackTitle = T("Indikator nicht auf Kurs (rot)", "Indicator off track (red)");
    public static readonly LocalizedText IndicatorOffTrack = T(
        "Der Indikator {0} „{1}“ steht auf Rot: gemessen {2} am {3}, geplant {4}; Abweichung {5} % der geplanten Veränderung.",
        "Indicator {0} '{1}' is red: measured {2} on {3}, planned {4}; deviation {5}% of the planned change.");

    // Parameters
    public static readonly LocalizedText YellowTolerance = T(
        "Abweichung vom geplanten Verlauf in Prozent der geplanten Veränderung, ab der ein Indikator auf Gelb steht.",
        "Deviation from the planned path, in percent of the planned change, above which an indicator is yellow.");

    public static readonly LocalizedText RedTolerance = T(
        "Abweichung vom geplanten Verlauf in Prozent der geplanten Veränderung, ab der ein Indikator auf Rot steht.",
        "Deviation from the planned path, in percent of the planned change, above which an indicator is red.");
}
