using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC2006: an indicator with no target.</summary>
internal sealed class IndicatorWithoutTargetRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC2006",
        new LocalizedText("Indikator ohne Zielwert", "Indicator without a target"),
        RuleCategory.Operationalisation,
        Severity.Warning,
        new LocalizedText(
            "Der Indikator {0} „{1}“ hat keinen Zielwert.",
            "Indicator {0} '{1}' has no target."));

    public void Check(RuleContext context, FindingSink findings)
    {
        for (var i = 0; i < context.Plan.Indicators.Count; i++)
        {
            var indicator = context.Plan.Indicators[i];
            if (indicator.Targets.Count == 0)
            {
                findings.Report(context.Reference(DocumentKind.DistrictPlan, ElementKind.Indicator, i), Args(Text(indicator.Id.Value), Text(indicator.Name)), null);
            }
        }
    }
}
