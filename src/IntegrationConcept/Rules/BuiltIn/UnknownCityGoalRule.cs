using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC3001: a district goal that refines a goal the city concept does not have.</summary>
internal sealed class UnknownCityGoalRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC3001",
        new LocalizedText("Unbekanntes Ziel des gesamtstädtischen Konzepts", "Unknown city goal"),
        RuleCategory.Consistency,
        Severity.Error,
        new LocalizedText(
            "Das Stadtteilziel {0} konkretisiert das Ziel {1}, das es im gesamtstädtischen Konzept nicht gibt.",
            "District goal {0} refines goal {1}, which the city concept does not have."));

    public void Check(RuleContext context, FindingSink findings)
    {
        for (var d = 0; d < context.Plan.Goals.Count; d++)
        {
            var goal = context.Plan.Goals[d];
            for (var k = 0; k < goal.RefinedGoalIds.Count; k++)
            {
                var refined = goal.RefinedGoalIds[k];
                if (context.PositionOf(refined) < 0)
                {
                    if (findings.Admits(DocumentKind.DistrictPlan, ElementKind.DistrictGoal))
                    {
                        findings.Report(context.Reference(DocumentKind.DistrictPlan, ElementKind.DistrictGoal, d, Member("refinedGoalIds", k)), Args(Text(goal.Id.Value), Text(refined.Value)), null);
                    }
                }
            }
        }
    }
}
