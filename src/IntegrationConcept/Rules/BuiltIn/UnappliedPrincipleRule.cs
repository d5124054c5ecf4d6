using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC1004: a principle that no measure applies.</summary>
internal sealed class UnappliedPrincipleRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC1004",
        new LocalizedText("Grundsatz nicht angewandt", "Principle not applied"),
        RuleCategory.Coverage,
        Severity.Warning,
        new LocalizedText(
            "Der Grundsatz {0} „{1}“ wird von keiner Maßnahme angewandt.",
            "Principle {0} '{1}' is applied by no measure."));

    public void Check(RuleContext context, FindingSink findings)
    {
        for (var p = 0; p < context.PrincipleCoverages.Count; p++)
        {
            if (context.PrincipleCoverages[p].Grade == CoverageGrade.Uncovered)
            {
                var principle = context.Concept.Principles[p];
                if (findings.Admits(DocumentKind.CityConcept, ElementKind.Principle))
                {
                    var subject = context.Subject(DocumentKind.CityConcept, ElementKind.Principle, context.Concept.Principles, p, principle.Name);
                    findings.Report(subject.Reference, subject.IdAndName, null);
                }
            }
        }
    }
}
