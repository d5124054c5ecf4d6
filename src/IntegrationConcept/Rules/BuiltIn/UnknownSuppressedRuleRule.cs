using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC3013: a suppression that names a rule the rule set does not know.</summary>
internal sealed class UnknownSuppressedRuleRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC3013",
        new LocalizedText("Zurückstellung einer unbekannten Regel", "Suppression of an unknown rule"),
        RuleCategory.Consistency,
        Severity.Info,
        new LocalizedText(
            "Die Zurückstellung für {1} nennt die Regel {0}, die es im Prüfprofil nicht gibt.",
            "The suppression for {1} names rule {0}, which the rule set does not have."));

    public void Check(RuleContext context, FindingSink findings)
    {
        for (var i = 0; i < context.Plan.Suppressions.Count; i++)
        {
            var suppression = context.Plan.Suppressions[i];
            if (!context.RuleSet.IsKnown(suppression.RuleId))
            {
                if (findings.Admits(DocumentKind.DistrictPlan, ElementKind.Suppression))
                {
                    findings.Report(context.Reference(DocumentKind.DistrictPlan, ElementKind.Suppression, i), Args(Text(suppression.RuleId), Text(suppression.ElementId)), null);
                }
            }
        }
    }
}
