using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC2005: an indicator with no baseline.</summary>
internal sealed class IndicatorWithoutBaselineRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC2005",
        new LocalizedText("Indikator ohne Ausgangswert", "Indicator without a baseline"),
        RuleCategory.Operationalisation,
        Severity.Warning,
        new LocalizedText(
            "Der Indikator {0} „{1}“ hat keinen Ausgangswert.",
            "Indicator {0} '{1}' has no baseline."));

    public void Check(RuleContext context, FindingSink findings)
    {
        for (var i = 0; i < context.Plan.Indicators.Count; i++)
        {
            var indicator = context.Plan.Indicators[i];
            if (indicator.Baseline is null)
            {
                findings.Report(context.Reference(DocumentKind.DistrictPlan, ElementKind.Indicator, i), Args(Text(indicator.Id.Value), Text(indicator.Name)), null);
            }
        }
    }
}
