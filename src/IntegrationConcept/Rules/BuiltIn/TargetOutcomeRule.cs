using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>Shared by IC4005 and IC4006: the final target date has passed; the target was reached or missed.</summary>
internal abstract class TargetOutcomeRule(bool reached) : ICoverageRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public void Check(RuleContext context, FindingSink findings)
    {
        // Maintain: reached within the yellow tolerance of IC4002 (the states' tolerance).
        var states = context.IndicatorStates;
        for (var i = 0; i < context.Plan.Indicators.Count; i++)
        {
            if (states.HasOutcome(i, reached) && findings.Admits(DocumentKind.DistrictPlan, ElementKind.Indicator) && states.Outcome(i) is { } outcome)
            {
                var subject = context.Subject(DocumentKind.DistrictPlan, ElementKind.Indicator, context.Plan.Indicators, i, context.Plan.Indicators[i].Name);
                findings.Report(
                    subject.Reference,
                    Args(
                        subject.IdAndName[0], subject.IdAndName[1],
                        MessageArgument.FromNumber(outcome.Target.Value!.Value), Date(outcome.Target.Date),
                        MessageArgument.FromNumber(outcome.Measured.Value!.Value), Date(outcome.Measured.Date)),
                    null);
            }
        }
    }
}
