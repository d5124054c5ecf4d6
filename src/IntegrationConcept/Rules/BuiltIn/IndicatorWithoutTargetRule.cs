using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

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
                if (findings.Admits(DocumentKind.DistrictPlan, ElementKind.Indicator))
                {
                    var subject = context.Subject(DocumentKind.DistrictPlan, ElementKind.Indicator, context.Plan.Indicators, i, indicator.Name);
                    findings.Report(subject.Reference, subject.IdAndName, null);
                }
            }
        }
    }
}
