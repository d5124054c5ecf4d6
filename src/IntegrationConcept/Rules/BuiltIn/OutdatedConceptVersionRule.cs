using System;
using IntegrationConcept.Localization;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC3011: the plan takes up another version of the concept than the one it is checked against.</summary>
internal sealed class OutdatedConceptVersionRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC3011",
        new LocalizedText("Andere Fassung des gesamtstädtischen Konzepts", "Other version of the city concept"),
        RuleCategory.Consistency,
        Severity.Warning,
        new LocalizedText(
            "Das Stadtteilkonzept greift die Fassung {0} des gesamtstädtischen Konzepts auf; geprüft wird gegen die aktuelle Fassung {1}.",
            "The district plan takes up version {0} of the city concept; it is checked against the current version {1}."));

    public void Check(RuleContext context, FindingSink findings)
    {
        var taken = context.Plan.Concept.VersionLabel;
        var current = context.Concept.Version.Label;
        if (string.Equals(taken, current, StringComparison.Ordinal))
        {
            return;
        }

        // An earlier version with its goals: say what changed. The predecessor named only by 'updates': the bare note.
        // Any other label is IC3015's error.
        if (context.Concept.ChangesSince(taken) is { } changes)
        {
            findings.Report(context.ConceptReferenceMember("versionLabel"), Args(Text(taken), Text(current)), Reasons(ConceptChangeReasons.Of(changes)));
        }
        else if (string.Equals(taken, context.Concept.Version.Updates, StringComparison.Ordinal))
        {
            findings.Report(context.ConceptReferenceMember("versionLabel"), Args(Text(taken), Text(current)), null);
        }
    }
}
