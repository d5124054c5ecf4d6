using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC3010: a suppression without a justification; it suppresses nothing.</summary>
internal sealed class UnjustifiedSuppressionRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC3010",
        new LocalizedText("Zurückstellung ohne Begründung", "Suppression without a justification"),
        RuleCategory.Consistency,
        Severity.Error,
        new LocalizedText(
            "Die Zurückstellung von {0} für {1} hat keine Begründung und gilt daher nicht.",
            "The suppression of {0} for {1} has no justification and so suppresses nothing."));

    public void Check(RuleContext context, FindingSink findings)
    {
        for (var i = 0; i < context.Plan.Suppressions.Count; i++)
        {
            var suppression = context.Plan.Suppressions[i];
            if (!suppression.IsJustified)
            {
                if (findings.Admits(DocumentKind.DistrictPlan, ElementKind.Suppression))
                {
                    findings.Report(context.Reference(DocumentKind.DistrictPlan, ElementKind.Suppression, i), Args(Text(suppression.RuleId), Text(suppression.ElementId)), null);
                }
            }
        }
    }
}
