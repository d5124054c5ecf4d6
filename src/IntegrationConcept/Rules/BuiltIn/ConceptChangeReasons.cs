using IntegrationConcept.Localization;
using IntegrationConcept.Model;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>The reasons of IC3011 for a plan on an earlier version: one line per goal added, removed, reworded or moved.</summary>
internal static class ConceptChangeReasons
{
    private static readonly LocalizedText ReasonGoalsUnchanged = new("die Ziele sind seitdem unverändert", "the goals have not changed since");
    private static readonly LocalizedText ReasonGoalAdded = new("Ziel {0} „{1}“ ist neu (Handlungsfeld {2})", "goal {0} '{1}' is new (action field {2})");
    private static readonly LocalizedText ReasonGoalRemoved = new("Ziel {0} „{1}“ ist entfallen", "goal {0} '{1}' was removed");
    private static readonly LocalizedText ReasonGoalReworded = new("Ziel {0} neu gefasst: bisher „{1}“, jetzt „{2}“", "goal {0} reworded: was '{1}', now '{2}'");
    private static readonly LocalizedText ReasonGoalMoved = new("Ziel {0} ist vom Handlungsfeld {1} in das Handlungsfeld {2} verschoben", "goal {0} moved from action field {1} to {2}");

    public static LocalizedMessage[] Of(ConceptChanges changes)
    {
        if (!changes.HasChanges)
        {
            return [new LocalizedMessage(ReasonGoalsUnchanged)];
        }

        var reasons = new LocalizedMessage[changes.Changes.Count];
        for (var i = 0; i < reasons.Length; i++)
        {
            var change = changes.Changes[i];
            var id = MessageArgument.FromText(change.GoalId.Value);
            reasons[i] = change.Kind switch
            {
                GoalChangeKind.Added => new LocalizedMessage(ReasonGoalAdded, [id, Text(change.After!.Text), Text(change.After.ActionFieldId.Value)]),
                GoalChangeKind.Removed => new LocalizedMessage(ReasonGoalRemoved, [id, Text(change.Before!.Text)]),
                GoalChangeKind.Reworded => new LocalizedMessage(ReasonGoalReworded, [id, Text(change.Before!.Text), Text(change.After!.Text)]),
                _ => new LocalizedMessage(ReasonGoalMoved, [id, Text(change.Before!.ActionFieldId.Value), Text(change.After!.ActionFieldId.Value)]),
            };
        }

        return reasons;
    }

    private static MessageArgument Text(string text) => MessageArgument.FromText(text);
}
