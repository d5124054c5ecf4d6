using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC3007: a measure whose period lies outside the validity of the concept version checked against.</summary>
internal sealed class PeriodOutsideConceptRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC3007",
        new LocalizedText("Zeitraum außerhalb der Laufzeit der Konzeptfassung", "Period outside the concept version's validity"),
        RuleCategory.Consistency,
        Severity.Warning,
        new LocalizedText(
            "Der Zeitraum der Maßnahme {0} ({1} – {2}) liegt nicht in der Laufzeit der Fassung {5} des gesamtstädtischen Konzepts ({3} – {4}).",
            "The period of measure {0} ({1} to {2}) lies outside the validity of version {5} of the city concept ({3} to {4})."));

    public void Check(RuleContext context, FindingSink findings)
    {
        if (context.Concept.Version.Validity is not { } validity)
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
                    findings.Report(context.Reference(DocumentKind.DistrictPlan, ElementKind.Measure, m, "period"), Args(Text(measure.Id.Value), Date(period.Start), Date(period.End), Date(validity.Start), Date(validity.End), Text(context.Concept.Version.Label)), null);
                }
            }
        }
    }
}
