using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC2003: a measure with no period.</summary>
internal sealed class MeasureWithoutPeriodRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC2003",
        new LocalizedText("Maßnahme ohne Zeitraum", "Measure without a period"),
        RuleCategory.Operationalisation,
        Severity.Warning,
        new LocalizedText(
            "Die Maßnahme {0} „{1}“ hat keinen Zeitraum.",
            "Measure {0} '{1}' has no period."));

    public void Check(RuleContext context, FindingSink findings)
    {
        for (var m = 0; m < context.Plan.Measures.Count; m++)
        {
            var measure = context.Plan.Measures[m];
            if (measure.Period is null)
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
