using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>
/// IC1007: a target group of the plan that no measure running at the evaluation date reaches. A measure runs when
/// its status is running, or it is planned and its period covers the evaluation date; completed and cancelled
/// measures reach no one any more.
/// </summary>
internal sealed class UnreachedTargetGroupRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC1007",
        new LocalizedText("Zielgruppe ohne laufende Maßnahme", "Target group without a running measure"),
        RuleCategory.Coverage,
        Severity.Info,
        new LocalizedText(
            "Die Zielgruppe {0} „{1}“ wird am Stichtag {2} von keiner laufenden Maßnahme erreicht.",
            "Target group {0} '{1}' is reached by no measure running at the evaluation date {2}."));

    public void Check(RuleContext context, FindingSink findings)
    {
        var plan = context.Plan;
        if (plan.TargetGroups.Count == 0)
        {
            return;
        }

        var reached = new System.Collections.Generic.HashSet<ElementId<TargetGroup>>();
        foreach (var measure in plan.Measures)
        {
            if (IsRunning(measure, context.EvaluationDate))
            {
                foreach (var id in measure.TargetGroupIds)
                {
                    reached.Add(id);
                }
            }
        }

        MessageArgument? date = null;
        for (var t = 0; t < plan.TargetGroups.Count; t++)
        {
            var group = plan.TargetGroups[t];
            if (!reached.Contains(group.Id))
            {
                date ??= Date(context.EvaluationDate);
                if (findings.Admits(DocumentKind.DistrictPlan, ElementKind.TargetGroup))
                {
                    findings.Report(context.Reference(DocumentKind.DistrictPlan, ElementKind.TargetGroup, t), Args(Text(group.Id.Value), Text(group.Name), date), null);
                }
            }
        }
    }

    internal static bool IsRunning(Measure measure, NodaTime.LocalDate date)
        => measure.Status == MeasureStatus.Running
            || (measure.Status == MeasureStatus.Planned && measure.Period is { } period && period.Contains(date));
}
