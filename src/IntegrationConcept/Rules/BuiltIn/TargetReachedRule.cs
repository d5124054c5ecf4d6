using IntegrationConcept.Localization;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC4005: the final target date has passed and the target was reached.</summary>
internal sealed class TargetReachedRule() : TargetOutcomeRule(reached: true)
{
    public override RuleDescriptor Descriptor { get; } = new(
        "IC4005",
        new LocalizedText("Zielwert erreicht", "Target reached"),
        RuleCategory.Evaluation,
        Severity.Info,
        new LocalizedText(
            "Der Indikator {0} „{1}“ hat seinen Zielwert erreicht: Ziel {2} zum {3}, gemessen {4} am {5}.",
            "Indicator {0} '{1}' reached its target: target {2} by {3}, measured {4} on {5}."));
}
