using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

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
                if (findings.Admits(DocumentKind.DistrictPlan, ElementKind.Indicator))
                {
                    var subject = context.Subject(DocumentKind.DistrictPlan, ElementKind.Indicator, context.Plan.Indicators, i, indicator.Name);
                    findings.Report(subject.Reference, subject.IdAndName, null);
                }
            }
        }
    }
}
