using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC3003: a measure that implements an approach the city concept does not have.</summary>
internal sealed class UnknownApproachRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC3003",
        new LocalizedText("Unbekannter Handlungsansatz", "Unknown approach"),
        RuleCategory.Consistency,
        Severity.Error,
        new LocalizedText(
            "Die Maßnahme {0} setzt den Handlungsansatz {1} um, den es im gesamtstädtischen Konzept nicht gibt.",
            "Measure {0} implements approach {1}, which the city concept does not have."));

    public void Check(RuleContext context, FindingSink findings)
    {
        for (var m = 0; m < context.Plan.Measures.Count; m++)
        {
            var measure = context.Plan.Measures[m];
            if (measure.ApproachId is { } approach && !context.Concept.Approaches.Contains(approach))
            {
                if (findings.Admits(DocumentKind.DistrictPlan, ElementKind.Measure))
                {
                    findings.Report(context.Reference(DocumentKind.DistrictPlan, ElementKind.Measure, m, "approachId"), Args(Text(measure.Id.Value), Text(approach.Value)), null);
                }
            }
        }
    }
}
