using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC1001: an action field none of whose in-scope goals is covered or partly covered.</summary>
internal sealed class UncoveredActionFieldRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC1001",
        new LocalizedText("Handlungsfeld nicht abgedeckt", "Action field not covered"),
        RuleCategory.Coverage,
        Severity.Warning,
        new LocalizedText(
            "Das Handlungsfeld {0} „{1}“ ist nicht abgedeckt: keines seiner Ziele ist ganz oder teilweise abgedeckt.",
            "Action field {0} '{1}' is not covered: none of its goals is covered or partly covered."));

    public void Check(RuleContext context, FindingSink findings)
    {
        for (var f = 0; f < context.ActionFieldCoverages.Count; f++)
        {
            if (context.ActionFieldCoverages[f].Grade == CoverageGrade.Uncovered)
            {
                var field = context.Concept.ActionFields[f];
                if (findings.Admits(DocumentKind.CityConcept, ElementKind.ActionField))
                {
                    findings.Report(context.Reference(DocumentKind.CityConcept, ElementKind.ActionField, f), Args(Text(field.Id.Value), Name(field)), null);
                }
            }
        }
    }
}
