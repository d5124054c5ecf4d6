using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

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
                if (findings.Admits(DocumentKind.DistrictPlan, ElementKind.DistrictGoal))
                {
                    var subject = context.Subject(DocumentKind.DistrictPlan, ElementKind.DistrictGoal, context.Plan.Goals, d, goal.Text);
                    findings.Report(subject.Reference, subject.IdAndName, null);
                }
            }
        }
    }
}
