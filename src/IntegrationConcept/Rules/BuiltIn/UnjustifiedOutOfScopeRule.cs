using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC3009: an out-of-scope declaration without a justification; the element still counts as out of scope.</summary>
internal sealed class UnjustifiedOutOfScopeRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC3009",
        new LocalizedText("Nicht zutreffend ohne Begründung", "Out of scope without a justification"),
        RuleCategory.Consistency,
        Severity.Error,
        new LocalizedText(
            "{0} {1} ist ohne Begründung als nicht zutreffend erklärt; {2} zählt trotzdem als nicht zutreffend.",
            "{0} {1} is declared out of scope without a justification; {2} still counts as out of scope."));

    public void Check(RuleContext context, FindingSink findings)
    {
        for (var i = 0; i < context.Plan.OutOfScope.Count; i++)
        {
            var declaration = context.Plan.OutOfScope[i];
            if (!declaration.IsJustified)
            {
                if (findings.Admits(DocumentKind.DistrictPlan, ElementKind.OutOfScopeDeclaration))
                {
                    findings.Report(context.Reference(DocumentKind.DistrictPlan, ElementKind.OutOfScopeDeclaration, i), Args(Local(Terms.KindCapitalized(declaration.Kind)), Text(declaration.ElementId), Pronouns.Personal(declaration.Kind)), null);
                }
            }
        }
    }
}
