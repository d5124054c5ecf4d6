using IntegrationConcept.Localization;
using IntegrationConcept.Model;

namespace IntegrationConcept.Results;

/// <summary>Words and short phrases used in messages, reasons and reports, in German and English.</summary>
internal static class Terms
{
    private static LocalizedText T(string german, string english) => new(german, english);

    public static readonly LocalizedText OpenEnd = T("offen", "open");

    /// <summary>The aggregate finding for the findings of one rule on one kind of element beyond the limit.</summary>
    public static readonly LocalizedText MoreFindings = T(
        "… und {0} weitere Befunde der Regel {1} zu Elementen der Art {2}; nur die ersten {3} sind einzeln aufgeführt.",
        "… and {0} more findings of rule {1} on elements of the kind {2}; only the first {3} are listed one by one.");

    public static LocalizedText Criterion(MissingCriterion criterion) => criterion switch
    {
        MissingCriterion.Measure => MissingMeasure,
        MissingCriterion.ActiveMeasure => MissingActiveMeasure,
        MissingCriterion.Carrier => MissingCarrier,
        MissingCriterion.Period => MissingPeriod,
        MissingCriterion.CarrierAndPeriod => MissingCarrierAndPeriod,
        MissingCriterion.Indicator => MissingIndicator,
        MissingCriterion.Baseline => MissingBaseline,
        MissingCriterion.Target => MissingTarget,
        _ => MissingBaselineAndTarget,
    };

    private static readonly LocalizedText MissingMeasure = T("keine Maßnahme", "no measure");

    private static readonly LocalizedText MissingActiveMeasure = T("nur abgebrochene Maßnahmen", "only cancelled measures");
    private static readonly LocalizedText MissingCarrier = T("keine Maßnahme mit Träger", "no measure with a carrier");
    private static readonly LocalizedText MissingPeriod = T("keine Maßnahme mit Laufzeit", "no measure with a period");
    private static readonly LocalizedText MissingCarrierAndPeriod = T("keine Maßnahme mit Träger und Laufzeit zugleich", "no measure with both a carrier and a period");
    private static readonly LocalizedText MissingIndicator = T("kein Indikator", "no indicator");
    private static readonly LocalizedText MissingBaseline = T("kein Indikator mit Ausgangswert", "no indicator with a baseline");
    private static readonly LocalizedText MissingTarget = T("kein Indikator mit Zielwert", "no indicator with a target");
    private static readonly LocalizedText MissingBaselineAndTarget = T("kein Indikator mit Ausgangs- und Zielwert zugleich", "no indicator with both a baseline and a target");

    public static LocalizedText Kind(ElementKind kind) => KindTexts[(int)kind];

    private static readonly LocalizedText[] KindTexts = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(System.Enum.GetValues<ElementKind>(), MakeKind));

    private static LocalizedText MakeKind(ElementKind kind) => kind switch
    {
        ElementKind.ActionField => T("Handlungsfeld", "action field"),
        ElementKind.Goal => T("Ziel", "goal"),
        ElementKind.Principle => T("Grundsatz", "principle"),
        ElementKind.DistrictGoal => T("Stadtteilziel", "district goal"),
        ElementKind.Observation => T("Beobachtung", "observation"),
        ElementKind.Measure => T("Maßnahme", "measure"),
        ElementKind.Indicator => T("Indikator", "indicator"),
        _ => T(kind.ToString(), kind.ToString()),
    };

    public static LocalizedText KindCapitalized(ElementKind kind)
    {
        var text = Kind(kind);
        return T(text.German, text.English.Length == 0 ? text.English : char.ToUpperInvariant(text.English[0]) + text.English[1..]);
    }

    public static LocalizedText Status(MeasureStatus status) => StatusTexts[(int)status];

    private static readonly LocalizedText[] StatusTexts = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(System.Enum.GetValues<MeasureStatus>(), MakeStatus));

    private static LocalizedText MakeStatus(MeasureStatus status) => status switch
    {
        MeasureStatus.Planned => T("geplant", "planned"),
        MeasureStatus.Running => T("laufend", "running"),
        MeasureStatus.Completed => T("abgeschlossen", "completed"),
        _ => T("abgebrochen", "cancelled"),
    };

    public static LocalizedText Direction(IndicatorDirection direction) => DirectionTexts[(int)direction];

    private static readonly LocalizedText[] DirectionTexts = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(System.Enum.GetValues<IndicatorDirection>(), MakeDirection));

    private static LocalizedText MakeDirection(IndicatorDirection direction) => direction switch
    {
        IndicatorDirection.Increase => T("steigend", "increase"),
        IndicatorDirection.Decrease => T("sinkend", "decrease"),
        _ => T("halten", "maintain"),
    };

    public static LocalizedText Grade(CoverageGrade grade) => grade switch
    {
        CoverageGrade.Covered => T("abgedeckt", "covered"),
        CoverageGrade.PartlyCovered => T("teilweise abgedeckt", "partly covered"),
        CoverageGrade.Uncovered => T("nicht abgedeckt", "not covered"),
        _ => T("nicht zutreffend", "out of scope"),
    };

    public static LocalizedText SeverityName(Severity severity) => severity switch
    {
        Severity.Error => T("Fehler", "Errors"),
        Severity.Warning => T("Warnungen", "Warnings"),
        _ => T("Hinweise", "Information"),
    };

    public static LocalizedText SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => T("Fehler", "error"),
        Severity.Warning => T("Warnung", "warning"),
        _ => T("Hinweis", "info"),
    };

    // Reasons
    public static readonly LocalizedText ReasonNotOperational = T(
        "Stadtteilziel {0} konkretisiert das Ziel, ist aber noch nicht operationalisiert: {1}",
        "district goal {0} refines the goal but is not operational: {1}");

    public static readonly LocalizedText ReasonNoRefinement = T("kein Stadtteilziel konkretisiert das Ziel", "no district goal refines the goal");

    public static readonly LocalizedText ReasonThroughSubGoal = T(
        "bewertet über das Unterziel {0}",
        "graded through sub-goal {0}");

    public static readonly LocalizedText ReasonEndBeforeDate = T(
        "Ende {0} liegt vor dem Stichtag {1}",
        "end {0} lies before the evaluation date {1}");

    public static readonly LocalizedText ReasonTrack = T(
        "Ausgangswert {0} am {1}, Zielwert {2} am {3}; Messwert {4} am {5}, Sollwert laut Zielpfad {6}; Toleranz: Gelb über {7} %, Rot über {8} % Abweichung",
        "baseline {0} on {1}, target {2} on {3}; measured {4} on {5}, planned on the straight line {6}; tolerance: yellow above {7}%, red above {8}% deviation");

    public static readonly LocalizedText ReasonBaseline = T("Ausgangswert {0} am {1}", "baseline {0} on {1}");
    public static readonly LocalizedText ReasonTarget = T("Zielwert {0} am {1}", "target {0} on {1}");
    public static readonly LocalizedText ReasonMeasured = T("Messwert {0} am {1}", "measured {0} on {1}");
    public static readonly LocalizedText ReasonPlanned = T("Sollwert laut Zielpfad {0} am {1} (gerade Linie vom Ausgangs- zum Zielwert)", "planned on the target path {0} on {1} (a straight line from baseline to target)");
    public static readonly LocalizedText ReasonTolerance = T(
        "Toleranz: Gelb über {0} %, Rot über {1} % Abweichung",
        "tolerance: yellow above {0}%, red above {1}% deviation");

    public static readonly LocalizedText ReasonMeasureNotOperational = T(
        "Maßnahme {0} hat {1}",
        "measure {0} has {1}");
}
