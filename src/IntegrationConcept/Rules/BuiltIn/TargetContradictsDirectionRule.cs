using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>
/// IC3008: a numeric target that contradicts the indicator's direction: below the baseline for
/// <see cref="IndicatorDirection.Increase"/>, above it for <see cref="IndicatorDirection.Decrease"/>.
/// <see cref="IndicatorDirection.Maintain"/> and qualitative indicators have nothing to contradict.
/// </summary>
internal sealed class TargetContradictsDirectionRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC3008",
        new LocalizedText("Zielwert widerspricht der Richtung", "Target contradicts the direction"),
        RuleCategory.Consistency,
        Severity.Error,
        new LocalizedText(
            "Der Zielwert {1} zum {2} des Indikators {0} widerspricht seiner Richtung ({3}): der Ausgangswert ist {4} zum {5}.",
            "Target {1} on {2} of indicator {0} contradicts its direction ({3}): the baseline is {4} on {5}."));

    public void Check(RuleContext context, FindingSink findings)
    {
        for (var i = 0; i < context.Plan.Indicators.Count; i++)
        {
            var indicator = context.Plan.Indicators[i];
            if (indicator.IsQualitative || indicator.Direction == IndicatorDirection.Maintain || indicator.Baseline is not { Value: { } baseline } b)
            {
                continue;
            }

            for (var k = 0; k < indicator.Targets.Count; k++)
            {
                var target = indicator.Targets[k];
                if (target.Value is { } value
                    && ((indicator.Direction == IndicatorDirection.Increase && value < baseline)
                        || (indicator.Direction == IndicatorDirection.Decrease && value > baseline)))
                {
                    if (findings.Admits(DocumentKind.DistrictPlan, ElementKind.Indicator))
                    {
                        findings.Report(context.Reference(DocumentKind.DistrictPlan, ElementKind.Indicator, i, Member("targets", k)), Args(Text(indicator.Id.Value), MessageArgument.FromNumber(value), Date(target.Date), Local(Terms.Direction(indicator.Direction)), MessageArgument.FromNumber(baseline), Date(b.Date)), null);
                    }
                }
            }
        }
    }
}
