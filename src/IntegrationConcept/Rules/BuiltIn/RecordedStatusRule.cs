using System.Collections.Generic;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>
/// IC4007: the implementation status the planners recorded for a district goal (Umsetzungsstand), shown beside the
/// computed coverage of the city goals it takes up; the reasons say where the two disagree.
/// </summary>
internal sealed class RecordedStatusRule() : BuiltInRule(RuleIds.RecordedStatus)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        for (var d = 0; d < state.Plan.Goals.Count; d++)
        {
            var goal = state.Plan.Goals[d];
            if (goal.Status is not { } status)
            {
                continue;
            }

            var reasons = new List<LocalizedMessage>();
            var allCovered = true;
            foreach (var refined in goal.RefinedGoalIds)
            {
                if (state.ConceptIndex.Goals.TryGetValue(refined, out var g))
                {
                    var grade = state.Goals[g].Grade;
                    allCovered &= grade is CoverageGrade.Covered or CoverageGrade.OutOfScope;
                    reasons.Add(new LocalizedMessage(PlanningRuleTexts.ReasonComputedGrade, [Text(refined.Value), Local(Terms.Grade(grade))]));
                }
            }

            if (goal.IsDistrictSpecific)
            {
                reasons.Add(new LocalizedMessage(PlanningRuleTexts.ReasonOwnGoal));
            }
            else if (!allCovered && status.Status is ImplementationStatus.Achieved or ImplementationStatus.OnTrack)
            {
                reasons.Add(new LocalizedMessage(PlanningRuleTexts.ReasonStatusContradicts));
            }

            if (status.Comment is { } comment)
            {
                reasons.Add(new LocalizedMessage(PlanningRuleTexts.ReasonStatusComment, [Text(comment)]));
            }

            findings.ReportOwned(
                state.RefDistrictGoal(d, "status"),
                [Text(goal.Id.Value), Text(goal.Text), Local(PlanningRuleTexts.Status(status.Status)), Date(status.AsOf)],
                reasons.ToArray());
        }
    }
}
