using System;
using IntegrationConcept.Localization;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC3015: the plan takes up a version the city concept does not have: neither the current one, nor an earlier one, nor the one the current version updates.</summary>
internal sealed class UnknownConceptVersionRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC3015",
        new LocalizedText("Fassung des gesamtstädtischen Konzepts unbekannt", "Unknown version of the city concept"),
        RuleCategory.Consistency,
        Severity.Error,
        new LocalizedText(
            "Das Stadtteilkonzept greift die Fassung {0} auf, die das gesamtstädtische Konzept nicht kennt (aktuelle Fassung: {1}).",
            "The district plan takes up version {0}, which the city concept does not have (current version: {1})."));

    public void Check(RuleContext context, FindingSink findings)
    {
        var taken = context.Plan.Concept.VersionLabel;
        if (context.Concept.FindVersion(taken) is null && !string.Equals(taken, context.Concept.Version.Updates, StringComparison.Ordinal))
        {
            findings.Report(context.ConceptReferenceMember("versionLabel"), Args(Text(taken), Text(context.Concept.Version.Label)), null);
        }
    }
}
