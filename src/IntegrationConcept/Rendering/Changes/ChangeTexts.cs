using IntegrationConcept.Changes;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Rendering.Changes;

/// <summary>Headings and labels of the change report, the concept update and the feedback document, in German and English.</summary>
internal static class ChangeTexts
{
    public static readonly LocalizedText ChangeTitle = T("Veränderung der Umsetzung im Stadtteil", "Change of the implementation in the district");
    public static readonly LocalizedText Before = T("vorher", "before");
    public static readonly LocalizedText After = T("nachher", "after");
    public static readonly LocalizedText CheckLine = T("{0}: {1}, Fassung „{2}“, Stichtag {3}", "{0}: {1}, version \"{2}\", evaluation date {3}");
    public static readonly LocalizedText Overall = T(
        "Vollständig abgedeckte Ziele: {0} von {1} zu bearbeitenden vorher, {2} von {3} nachher ({4} Prozentpunkte)",
        "Fully covered goals: {0} of {1} in scope before, {2} of {3} after ({4} percentage points)");
    public static readonly LocalizedText GoalsHeading = T("Ziele des gesamtstädtischen Konzepts", "Goals of the city concept");
    public static readonly LocalizedText FieldsHeading = T("Handlungsfelder", "Action fields");
    public static readonly LocalizedText Summary = T(
        "{0} verbessert, {1} verschlechtert, {2} unverändert, {3} neu zu bearbeiten, {4} neu nicht zutreffend, {5} neu, {6} entfallen",
        "{0} improved, {1} worsened, {2} unchanged, {3} newly in scope, {4} newly out of scope, {5} added, {6} removed");
    public static readonly LocalizedText Goal = T("Ziel", "Goal");
    public static readonly LocalizedText ActionField = T("Handlungsfeld", "Action field");
    public static readonly LocalizedText Change = T("Veränderung", "Change");
    public static readonly LocalizedText CoveredShare = T("abgedeckt", "covered");
    public static readonly LocalizedText OfInScope = T("{0} von {1} Zielen", "{0} of {1} goals");
    public static readonly LocalizedText Points = T("Prozentpunkte", "percentage points");
    public static readonly LocalizedText FieldChart = T("{0}: Ziele vorher und nachher nach Stand der Abdeckung", "{0}: goals before and after by coverage");
    public static readonly LocalizedText FieldChartDescription = T(
        "Zwei gestapelte Balken, vorher und nachher. Vorher: {0}. Nachher: {1}. Veränderung: {2}.",
        "Two stacked bars, before and after. Before: {0}. After: {1}. Change: {2}.");
    public static readonly LocalizedText NotAssessed = T("nicht bewertet", "not assessed");
    public static readonly LocalizedText Appeared = T("Neue Befunde", "Findings that appeared");
    public static readonly LocalizedText Resolved = T("Erledigte Befunde", "Findings resolved");
    public static readonly LocalizedText Lights = T("Indikatoren mit veränderter Ampel", "Indicators whose light changed");
    public static readonly LocalizedText Indicator = T("Indikator", "Indicator");
    public static readonly LocalizedText None = T("keine", "none");
    public static readonly LocalizedText Unchanged = T("Keine Veränderung.", "No change.");

    public static readonly LocalizedText FeedbackTitle = T("Rückkopplung an das gesamtstädtische Konzept", "Feedback into the city concept");
    public static readonly LocalizedText FeedbackConcept = T("{0}, Fassung „{1}“", "{0}, version \"{1}\"");
    public static readonly LocalizedText FeedbackSummary = T("{0} Vorschläge: {1} offen, {2} übernommen, {3} abgelehnt", "{0} proposals: {1} open, {2} adopted, {3} rejected");
    public static readonly LocalizedText Proposal = T("Vorschlag", "Proposal");
    public static readonly LocalizedText Kind = T("Art", "Kind");
    public static readonly LocalizedText Concerns = T("betrifft", "concerns");
    public static readonly LocalizedText Source = T("Herkunft", "Provenance");
    public static readonly LocalizedText Decision = T("Entscheidung", "Decision");
    public static readonly LocalizedText NewGoal = T("neues Ziel", "new goal");
    public static readonly LocalizedText FindingsBehind = T("Befunde", "findings");
    public static readonly LocalizedText ProvenanceLine = T("{0}, {1} (Fassung „{2}“), Stichtag {3}", "{0}, {1} (version \"{2}\"), evaluation date {3}");
    public static readonly LocalizedText DecisionOpen = T("offen", "open");
    public static readonly LocalizedText DecisionAdopted = T("übernommen als Ziel {0} in Fassung „{1}“", "adopted as goal {0} in version \"{1}\"");
    public static readonly LocalizedText DecisionRejected = T("abgelehnt: {0}", "rejected: {0}");
    public static readonly LocalizedText DecidedOn = T("am {0}", "on {0}");
    public static readonly LocalizedText Deficit = T("Defizit", "Deficit");
    public static readonly LocalizedText Potential = T("Potenzial", "Potential");

    public static readonly LocalizedText ImpactTitle = T("Fortschreibung des Konzepts: was sich geändert hat", "Concept update: what changed");
    public static readonly LocalizedText ImpactVersions = T("von Fassung „{0}“ zu Fassung „{1}“", "from version \"{0}\" to version \"{1}\"");
    public static readonly LocalizedText GoalChanges = T("Geänderte Ziele", "Goal changes");
    public static readonly LocalizedText PrincipleChanges = T("Geänderte Grundsätze", "Principle changes");
    public static readonly LocalizedText Revisit = T("Zu überprüfen in {0}", "To revisit in {0}");
    public static readonly LocalizedText NothingToRevisit = T("nichts zu überprüfen", "nothing to revisit");

    public static LocalizedText Transition(GradeTransition transition) => transition switch
    {
        GradeTransition.Improved => T("verbessert", "improved"),
        GradeTransition.Worsened => T("verschlechtert", "worsened"),
        GradeTransition.NewlyInScope => T("neu zu bearbeiten", "newly in scope"),
        GradeTransition.NewlyOutOfScope => T("neu nicht zutreffend", "newly out of scope"),
        GradeTransition.Added => T("neues Ziel", "added"),
        GradeTransition.Removed => T("entfallen", "removed"),
        _ => T("unverändert", "unchanged"),
    };

    public static LocalizedText Light(IndicatorLight light) => light switch
    {
        IndicatorLight.Yellow => T("gelb", "yellow"),
        IndicatorLight.Red => T("rot", "red"),
        IndicatorLight.TargetReached => T("Zielwert erreicht", "target reached"),
        IndicatorLight.TargetMissed => T("Zielwert verfehlt", "target missed"),
        _ => T("keine Warnung", "no warning"),
    };

    public static LocalizedText GoalChange(Model.GoalChangeKind kind) => kind switch
    {
        Model.GoalChangeKind.Added => T("neu", "added"),
        Model.GoalChangeKind.Removed => T("entfallen", "removed"),
        Model.GoalChangeKind.Reworded => T("neu gefasst", "reworded"),
        _ => T("in ein anderes Handlungsfeld verschoben", "moved to another action field"),
    };

    public static LocalizedText PrincipleChange(PrincipleChangeKind kind) => kind switch
    {
        PrincipleChangeKind.Added => T("neu", "added"),
        PrincipleChangeKind.Removed => T("entfallen", "removed"),
        _ => T("neu gefasst", "reworded"),
    };

    public static LocalizedText Action(RevisitAction action) => action switch
    {
        RevisitAction.Reanchor => T("das Ziel entfällt: ein anderes Ziel konkretisieren, als stadtteilspezifisch kennzeichnen oder streichen",
            "the goal was dropped: refine another goal, mark it district-specific, or drop it"),
        RevisitAction.CheckWording => T("das Ziel ist neu gefasst: prüfen, ob das Stadtteilziel es noch konkretisiert",
            "the goal was reworded: check that the district goal still makes it concrete"),
        RevisitAction.CheckActionField => T("das Ziel gehört nun zu einem anderen Handlungsfeld: Zuordnung prüfen",
            "the goal moved to another action field: check the assignment"),
        RevisitAction.ReplacePrinciple => T("der Grundsatz entfällt: den Grundsatz nennen, den die Maßnahme nun anwendet",
            "the principle was dropped: name the principle the measure applies now"),
        _ => T("der Grundsatz ist neu gefasst: prüfen, ob die Maßnahme ihn noch anwendet",
            "the principle was reworded: check that the measure still applies it"),
    };

    private static LocalizedText T(string german, string english) => new(german, english);
}
