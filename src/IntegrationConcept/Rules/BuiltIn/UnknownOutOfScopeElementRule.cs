using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC3005: an out-of-scope declaration that names a city element that does not exist.</summary>
internal sealed class UnknownOutOfScopeElementRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC3005",
        new LocalizedText("Nicht zutreffend erklärtes Element unbekannt", "Out-of-scope element unknown"),
        RuleCategory.Consistency,
        Severity.Error,
        new LocalizedText(
            "Als nicht zutreffend erklärt: {0} {1}, {2} es im gesamtstädtischen Konzept nicht gibt.",
            "Declared out of scope: {0} {1}, {2} the city concept does not have."));

    public void Check(RuleContext context, FindingSink findings)
    {
        for (var i = 0; i < context.Plan.OutOfScope.Count; i++)
        {
            var declaration = context.Plan.OutOfScope[i];
            var exists = declaration.Kind is not (ElementKind.Goal or ElementKind.ActionField or ElementKind.Principle)
                || context.PositionInConcept(declaration.Kind, declaration.ElementId) >= 0;
            if (!exists)
            {
                if (findings.Admits(DocumentKind.DistrictPlan, ElementKind.OutOfScopeDeclaration))
                {
                    findings.Report(context.Reference(DocumentKind.DistrictPlan, ElementKind.OutOfScopeDeclaration, i), Args(Local(Terms.Kind(declaration.Kind)), Text(declaration.ElementId), Pronouns.Relative(declaration.Kind)), null);
                }
            }
        }
    }
}
