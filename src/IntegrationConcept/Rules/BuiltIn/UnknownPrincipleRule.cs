using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC3002: a measure that applies a principle the city concept does not have.</summary>
internal sealed class UnknownPrincipleRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC3002",
        new LocalizedText("Unbekannter Grundsatz", "Unknown principle"),
        RuleCategory.Consistency,
        Severity.Error,
        new LocalizedText(
            "Die Maßnahme {0} wendet den Grundsatz {1} an, den es im gesamtstädtischen Konzept nicht gibt.",
            "Measure {0} applies principle {1}, which the city concept does not have."));

    public void Check(RuleContext context, FindingSink findings)
    {
        for (var m = 0; m < context.Plan.Measures.Count; m++)
        {
            var measure = context.Plan.Measures[m];
            for (var k = 0; k < measure.PrincipleIds.Count; k++)
            {
                if (context.PositionOf(measure.PrincipleIds[k]) < 0)
                {
                    if (findings.Admits(DocumentKind.DistrictPlan, ElementKind.Measure))
                    {
                        findings.Report(context.Reference(DocumentKind.DistrictPlan, ElementKind.Measure, m, Member("principleIds", k)), Args(Text(measure.Id.Value), Text(measure.PrincipleIds[k].Value)), null);
                    }
                }
            }
        }
    }
}
