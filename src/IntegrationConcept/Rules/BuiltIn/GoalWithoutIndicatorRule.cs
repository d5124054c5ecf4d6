using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC2004: a district goal with no indicator, neither directly nor through a measure serving it.</summary>
internal sealed class GoalWithoutIndicatorRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC2004",
        new LocalizedText("Stadtteilziel ohne Indikator", "District goal without an indicator"),
        RuleCategory.Operationalisation,
        Severity.Warning,
        new LocalizedText(
            "Das Stadtteilziel {0} „{1}“ hat keinen Indikator, weder direkt noch über seine Maßnahmen.",
            "District goal {0} '{1}' has no indicator, neither directly nor through its measures."));

    public void Check(RuleContext context, FindingSink findings)
    {
        for (var d = 0; d < context.Plan.Goals.Count; d++)
        {
            if (!context.HasIndicator(d))
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
