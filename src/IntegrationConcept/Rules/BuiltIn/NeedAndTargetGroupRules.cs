using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC1006: a recorded need (an observation of kind need) that no district goal answers.</summary>
internal sealed class UnaddressedNeedRule() : BuiltInRule(RuleIds.UnaddressedNeed)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        var plan = state.Plan;
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
                findings.ReportOwned(state.RefObservation(o), Text(observation.Id.Value), Text(observation.Text));
            }
        }
    }
}

/// <summary>
/// IC1007: a target group of the plan that no measure running at the evaluation date reaches. A measure runs when
/// its status is running, or it is planned and its period covers the evaluation date; completed and cancelled
/// measures reach no one any more.
/// </summary>
internal sealed class UnreachedTargetGroupRule() : BuiltInRule(RuleIds.UnreachedTargetGroup)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        var plan = state.Plan;
        if (plan.TargetGroups.Count == 0)
        {
            return;
        }

        var reached = new System.Collections.Generic.HashSet<ElementId<TargetGroup>>();
        foreach (var measure in plan.Measures)
        {
            if (IsRunning(measure, state.EvaluationDate))
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
                date ??= Date(state.EvaluationDate);
                findings.ReportOwned(
                    new ElementReference(DocumentKind.DistrictPlan, ElementKind.TargetGroup, group.Id.Value, t),
                    Text(group.Id.Value), Text(group.Name), date);
            }
        }
    }

    internal static bool IsRunning(Measure measure, NodaTime.LocalDate date)
        => measure.Status == MeasureStatus.Running
            || (measure.Status == MeasureStatus.Planned && measure.Period is { } period && period.Contains(date));
}
