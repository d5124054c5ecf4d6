using IntegrationConcept.Localization;
using IntegrationConcept.Model;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>The reasons of IC3011 for a plan on an earlier version: one line per goal added, removed, reworded or moved.</summary>
internal static class ConceptChangeReasons
{
    public static LocalizedMessage[] Of(ConceptChanges changes)
    {
        if (!changes.HasChanges)
        {
            return [new LocalizedMessage(PlanningRuleTexts.ReasonGoalsUnchanged)];
        }

        var reasons = new LocalizedMessage[changes.Changes.Count];
        for (var i = 0; i < reasons.Length; i++)
        {
            var change = changes.Changes[i];
            var id = MessageArgument.FromText(change.GoalId.Value);
            reasons[i] = change.Kind switch
            {
                GoalChangeKind.Added => new LocalizedMessage(PlanningRuleTexts.ReasonGoalAdded, [id, Text(change.After!.Text), Text(change.After.ActionFieldId.Value)]),
                GoalChangeKind.Removed => new LocalizedMessage(PlanningRuleTexts.ReasonGoalRemoved, [id, Text(change.Before!.Text)]),
                GoalChangeKind.Reworded => new LocalizedMessage(PlanningRuleTexts.ReasonGoalReworded, [id, Text(change.Before!.Text), Text(change.After!.Text)]),
                _ => new LocalizedMessage(PlanningRuleTexts.ReasonGoalMoved, [id, Text(change.Before!.ActionFieldId.Value), Text(change.After!.ActionFieldId.Value)]),
            };
        }

        return reasons;
    }

    private static MessageArgument Text(string text) => MessageArgument.FromText(text);
}
