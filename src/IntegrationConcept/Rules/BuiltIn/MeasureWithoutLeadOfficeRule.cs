using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC2008: a measure without a lead office (Federführung) in the administration; cancelled measures are skipped.</summary>
internal sealed class MeasureWithoutLeadOfficeRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC2008",
        new LocalizedText("Maßnahme ohne Federführung", "Measure without a lead office"),
        RuleCategory.Operationalisation,
        Severity.Warning,
        new LocalizedText(
            "Für die Maßnahme {0} „{1}“ ist keine Federführung in der Verwaltung benannt.",
            "Measure {0} '{1}' names no lead office in the administration."));

    public void Check(RuleContext context, FindingSink findings)
    {
        for (var m = 0; m < context.Plan.Measures.Count; m++)
        {
            var measure = context.Plan.Measures[m];
            if (measure.LeadOfficeId is null && measure.Status != Model.MeasureStatus.Cancelled)
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
