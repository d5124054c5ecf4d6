using IntegrationConcept.Localization;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC4003: an indicator whose shortfall exceeds the red tolerance.</summary>
internal sealed class IndicatorOffTrackRule() : IndicatorTrackRule(TrafficLight.Red)
{
    public override RuleDescriptor Descriptor { get; } = new(
        "IC4003",
        new LocalizedText("Indikator nicht auf Kurs (rot)", "Indicator off track (red)"),
        RuleCategory.Evaluation,
        Severity.Warning,
        new LocalizedText(
            "Der Indikator {0} „{1}“ steht auf Rot: gemessen {2} am {3}, geplant {4}; Abweichung {5} % der geplanten Veränderung.",
            "Indicator {0} '{1}' is red: measured {2} on {3}, planned {4}; deviation {5}% of the planned change."),
        [RuleParameter.Number(RuleCatalog.RedTolerancePercent, 25m, new LocalizedText(
            "Abweichung vom geplanten Verlauf in Prozent der geplanten Veränderung, ab der ein Indikator auf Rot steht.",
            "Deviation from the planned path, in percent of the planned change, above which an indicator is red."), minimum: 0m)]);
}
