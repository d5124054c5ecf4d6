using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC3006: a measure whose period lies outside the plan's validity.</summary>
internal sealed class PeriodOutsidePlanRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC3006",
        new LocalizedText("Zeitraum außerhalb der Laufzeit des Stadtteilkonzepts", "Period outside the plan's validity"),
        RuleCategory.Consistency,
        Severity.Warning,
        new LocalizedText(
            "Der Zeitraum der Maßnahme {0} ({1} – {2}) liegt nicht in der Laufzeit des Stadtteilkonzepts ({3} – {4}).",
            "The period of measure {0} ({1} to {2}) lies outside the validity of the district plan ({3} to {4})."));

    public void Check(RuleContext context, FindingSink findings)
    {
        if (context.Plan.Validity is not { } validity)
        {
            return;
        }

        for (var m = 0; m < context.Plan.Measures.Count; m++)
        {
            var measure = context.Plan.Measures[m];
            if (measure.Period is { } period && !period.IsWithin(validity))
            {
                if (findings.Admits(DocumentKind.DistrictPlan, ElementKind.Measure))
                {
                    findings.Report(context.Reference(DocumentKind.DistrictPlan, ElementKind.Measure, m, "period"), Args(Text(measure.Id.Value), Date(period.Start), Date(period.End), Date(validity.Start), Date(validity.End)), null);
                }
            }
        }
    }
}
