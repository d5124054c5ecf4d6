using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC3004: a district goal or observation that names an action field the city concept does not have.</summary>
internal sealed class UnknownActionFieldRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC3004",
        new LocalizedText("Unbekanntes Handlungsfeld", "Unknown action field"),
        RuleCategory.Consistency,
        Severity.Error,
        new LocalizedText(
            "{0} {1} nennt das Handlungsfeld {2}, das es im gesamtstädtischen Konzept nicht gibt.",
            "{0} {1} names action field {2}, which the city concept does not have."));

    public void Check(RuleContext context, FindingSink findings)
    {
        for (var o = 0; o < context.Plan.Observations.Count; o++)
        {
            var observation = context.Plan.Observations[o];
            if (observation.ActionFieldId is { } field && context.PositionOf(field) < 0)
            {
                if (findings.Admits(DocumentKind.DistrictPlan, ElementKind.Observation))
                {
                    findings.Report(context.Reference(DocumentKind.DistrictPlan, ElementKind.Observation, o, "actionFieldId"), Args(Local(Terms.KindCapitalized(ElementKind.Observation)), Text(observation.Id.Value), Text(field.Value)), null);
                }
            }
        }

        for (var d = 0; d < context.Plan.Goals.Count; d++)
        {
            var goal = context.Plan.Goals[d];
            if (goal.ActionFieldId is { } field && context.PositionOf(field) < 0)
            {
                if (findings.Admits(DocumentKind.DistrictPlan, ElementKind.DistrictGoal))
                {
                    findings.Report(context.Reference(DocumentKind.DistrictPlan, ElementKind.DistrictGoal, d, "actionFieldId"), Args(Local(Terms.KindCapitalized(ElementKind.DistrictGoal)), Text(goal.Id.Value), Text(field.Value)), null);
                }
            }
        }
    }
}
