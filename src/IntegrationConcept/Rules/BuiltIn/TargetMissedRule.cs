using IntegrationConcept.Localization;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC4006: the final target date has passed and the target was missed.</summary>
internal sealed class TargetMissedRule() : TargetOutcomeRule(reached: false)
{
    public override RuleDescriptor Descriptor { get; } = new(
        "IC4006",
        new LocalizedText("Zielwert verfehlt", "Target missed"),
        RuleCategory.Evaluation,
        Severity.Warning,
        new LocalizedText(
            "Der Indikator {0} „{1}“ hat seinen Zielwert verfehlt: Ziel {2} zum {3}, gemessen {4} am {5}.",
            "Indicator {0} '{1}' missed its target: target {2} by {3}, measured {4} on {5}."));
}
