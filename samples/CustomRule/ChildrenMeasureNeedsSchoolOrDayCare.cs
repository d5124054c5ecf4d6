using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;

/// <summary>
/// Trier's own rule, beyond the built-in ones: a measure for children names a school or a day-care
/// centre among its actors. Why: the city concept wants language support and education to reach
/// children where they are every day, and a measure run without them rarely lasts.
/// </summary>
internal sealed class ChildrenMeasureNeedsSchoolOrDayCare : ICoverageRule
{
    // A stable id of the municipality's own ("TR" for Trier), never one of the built-in IC ids.
    public RuleDescriptor Descriptor { get; } = new(
        "TR0001",
        new LocalizedText("Kindermaßnahme ohne Schule oder Kita", "Measure for children without a school or day-care centre"),
        RuleCategory.Operationalisation,
        Severity.Warning,
        new LocalizedText(
            "Die Maßnahme {0} „{1}“ richtet sich an Kinder, nennt aber keine Schule und keine Kita als Beteiligte.",
            "Measure {0} “{1}” is for children but names no school or day-care centre among its actors."));

    public void Check(RuleContext context, FindingSink findings)
    {
        var plan = context.Plan;
        foreach (var measure in plan.Measures)
        {
            // Admits last: a report lists at most 1,000 findings per rule and kind of element; past that the sink
            // counts the finding for the "… and N more" line and answers false, so a large plan builds nothing more.
            if (IsForChildren(measure, plan) && !HasSchoolOrDayCare(measure, plan)
                && findings.Admits(DocumentKind.DistrictPlan, ElementKind.Measure))
            {
                findings.Report(
                    context.Reference(measure),
                    MessageArgument.FromText(measure.Id.Value),
                    MessageArgument.FromText(measure.Name));
            }
        }
    }

    // Trier's convention: target groups for children have "Kinder" in their name.
    private static bool IsForChildren(Measure measure, DistrictPlan plan)
        => measure.TargetGroupIds.Any(id =>
            plan.TargetGroups.TryGet(id, out var group) && group.Name.Contains("Kinder", StringComparison.Ordinal));

    private static bool HasSchoolOrDayCare(Measure measure, DistrictPlan plan)
        => measure.Participations.Any(p =>
            plan.Actors.TryGet(p.ActorId, out var actor) && actor.Kind is ActorKind.School or ActorKind.DayCare);
}
