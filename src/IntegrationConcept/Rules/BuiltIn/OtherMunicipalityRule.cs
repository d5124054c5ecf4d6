using System;
using IntegrationConcept.Localization;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC3012: the plan takes up the concept of another municipality (names compared ignoring case and outer white space).</summary>
internal sealed class OtherMunicipalityRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC3012",
        new LocalizedText("Konzept einer anderen Kommune", "Concept of another municipality"),
        RuleCategory.Consistency,
        Severity.Error,
        new LocalizedText(
            "Das Stadtteilkonzept greift das Konzept von {0} auf; geprüft wird gegen das Konzept von {1}.",
            "The district plan takes up the concept of {0}; it is checked against the concept of {1}."));

    public void Check(RuleContext context, FindingSink findings)
    {
        var taken = context.Plan.Concept.Municipality;
        var checkedAgainst = context.Concept.Municipality.Name;
        if (!string.Equals(taken.Trim(), checkedAgainst.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            findings.Report(context.ConceptReferenceMember("municipality"), Args(Text(taken), Text(checkedAgainst)), null);
        }
    }
}
