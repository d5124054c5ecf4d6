using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC2009: a measure without any budget entry; cancelled measures are skipped. Information by default.</summary>
internal sealed class MeasureWithoutBudgetRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC2009",
        new LocalizedText("Maßnahme ohne Haushaltsmittel", "Measure without a budget"),
        RuleCategory.Operationalisation,
        Severity.Info,
        new LocalizedText(
            "Für die Maßnahme {0} „{1}“ sind keine Haushaltsmittel angegeben (weder geplant noch bewilligt noch verausgabt).",
            "Measure {0} '{1}' has no budget entry (nothing planned, approved or spent)."));

    public void Check(RuleContext context, FindingSink findings)
    {
        for (var m = 0; m < context.Plan.Measures.Count; m++)
        {
            var measure = context.Plan.Measures[m];
            if (measure.Budget.Count == 0 && measure.Status != Model.MeasureStatus.Cancelled)
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
