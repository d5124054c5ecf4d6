using IntegrationConcept.Localization;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC4002: an indicator whose shortfall exceeds the yellow but not the red tolerance.</summary>
internal sealed class IndicatorBehindPlanRule() : IndicatorTrackRule(TrafficLight.Yellow)
{
    public override RuleDescriptor Descriptor { get; } = new(
        "IC4002",
        new LocalizedText("Indikator hinter Plan (gelb)", "Indicator behind plan (yellow)"),
        RuleCategory.Evaluation,
        Severity.Info,
        new LocalizedText(
            "Der Indikator {0} „{1}“ steht auf Gelb: gemessen {2} am {3}, geplant {4}; Abweichung {5} % der geplanten Veränderung.",
            "Indicator {0} '{1}' is yellow: measured {2} on {3}, planned {4}; deviation {5}% of the planned change."),
        [RuleParameter.Number(RuleCatalog.YellowTolerancePercent, 10m, new LocalizedText(
            "Abweichung vom geplanten Verlauf in Prozent der geplanten Veränderung, ab der ein Indikator auf Gelb steht.",
            "Deviation from the planned path, in percent of the planned change, above which an indicator is yellow."), minimum: 0m)]);
}
