using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC2001: a district goal that no measure serves.</summary>
internal sealed class GoalWithoutMeasureRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC2001",
        new LocalizedText("Stadtteilziel ohne Maßnahme", "District goal without a measure"),
        RuleCategory.Operationalisation,
        Severity.Warning,
        new LocalizedText(
            "Das Stadtteilziel {0} „{1}“ hat keine Maßnahme.",
            "District goal {0} '{1}' has no measure."));

    public void Check(RuleContext context, FindingSink findings)
    {
        for (var d = 0; d < context.Plan.Goals.Count; d++)
        {
            if (context.MeasuresServing(d).IsEmpty)
            {
                var goal = context.Plan.Goals[d];
                findings.Report(context.Reference(DocumentKind.DistrictPlan, ElementKind.DistrictGoal, d), Args(Text(goal.Id.Value), Text(goal.Text)), null);
            }
        }
    }
}
