using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC1006: a recorded need (an observation of kind need) that no district goal answers.</summary>
internal sealed class UnaddressedNeedRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC1006",
        new LocalizedText("Bedarf ohne Stadtteilziel", "Need not addressed"),
        RuleCategory.Coverage,
        Severity.Warning,
        new LocalizedText(
            "Der festgestellte Bedarf {0} „{1}“ wird von keinem Stadtteilziel aufgegriffen.",
            "The recorded need {0} '{1}' is addressed by no district goal."));

    public void Check(RuleContext context, FindingSink findings)
    {
        var plan = context.Plan;
        if (plan.Observations.Count == 0)
        {
            return;
        }

        var answered = new System.Collections.Generic.HashSet<ElementId<Observation>>();
        foreach (var goal in plan.Goals)
        {
            foreach (var id in goal.ObservationIds)
            {
                answered.Add(id);
            }
        }

        for (var o = 0; o < plan.Observations.Count; o++)
        {
            var observation = plan.Observations[o];
            if (observation.Kind == ObservationKind.Need && !answered.Contains(observation.Id))
            {
                if (findings.Admits(DocumentKind.DistrictPlan, ElementKind.Observation))
                {
                    var subject = context.Subject(DocumentKind.DistrictPlan, ElementKind.Observation, context.Plan.Observations, o, observation.Text);
                    findings.Report(subject.Reference, subject.IdAndName, null);
                }
            }
        }
    }
}
