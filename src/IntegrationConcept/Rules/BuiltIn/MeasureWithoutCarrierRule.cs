using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC2002: a measure with no carrier.</summary>
internal sealed class MeasureWithoutCarrierRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC2002",
        new LocalizedText("Maßnahme ohne Träger", "Measure without a carrier"),
        RuleCategory.Operationalisation,
        Severity.Warning,
        new LocalizedText(
            "Die Maßnahme {0} „{1}“ hat keinen Träger.",
            "Measure {0} '{1}' has no carrier."));

    public void Check(RuleContext context, FindingSink findings)
    {
        for (var m = 0; m < context.Plan.Measures.Count; m++)
        {
            var measure = context.Plan.Measures[m];
            if (!measure.HasCarrier)
            {
                if (findings.Admits(DocumentKind.DistrictPlan, ElementKind.Measure))
                {
                    var subject = context.Subject(DocumentKind.DistrictPlan, ElementKind.Measure, context.Plan.Measures, m, measure.Name);
                    findings.Report(subject.Reference, subject.IdAndName, null);
                }
            }
        }
    }
}
