using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>Shared by IC4005 and IC4006: the final target date has passed; the target was reached or missed.</summary>
internal abstract class TargetOutcomeRule(bool reached) : ICoverageRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context, FindingSink findings)
    {
        // Maintain: reached within the yellow tolerance of IC4002.
        var tolerance = context.RuleSet.ParametersOf(RuleIds.IndicatorBehindPlan).GetNumber(RuleCatalog.YellowTolerancePercent);
        for (var i = 0; i < context.Plan.Indicators.Count; i++)
        {
            var indicator = context.Plan.Indicators[i];
            if (TargetOutcome.Evaluate(indicator, context.EvaluationDate, tolerance) is { } outcome && outcome.Reached == reached)
            {
                findings.Report(
                    context.Reference(DocumentKind.DistrictPlan, ElementKind.Indicator, i),
                    Args(
                        Text(indicator.Id.Value), Text(indicator.Name),
                        MessageArgument.FromNumber(outcome.Target.Value!.Value), Date(outcome.Target.Date),
                        MessageArgument.FromNumber(outcome.Measured.Value!.Value), Date(outcome.Measured.Date)),
                    null);
            }
        }
    }
}
