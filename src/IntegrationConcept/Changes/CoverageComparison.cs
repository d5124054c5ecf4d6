using System.Collections.Generic;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Changes;

/// <summary>The parts of <see cref="CoverageChange.Compare"/>: each one pass over each report with a dictionary by id.</summary>
internal static class CoverageComparison
{
    public static List<GoalGradeChange> Goals(CoverageReport before, CoverageReport after)
    {
        var earlier = new Dictionary<ElementId<Goal>, GoalCoverage>(before.Goals.Count);
        foreach (var goal in before.Goals)
        {
            earlier.TryAdd(goal.GoalId, goal);
        }

        var later = new HashSet<ElementId<Goal>>();
        var changes = new List<GoalGradeChange>(after.Goals.Count);
        foreach (var goal in after.Goals)
        {
            if (later.Add(goal.GoalId))
            {
                CoverageGrade? old = earlier.TryGetValue(goal.GoalId, out var previous) ? previous.Grade : null;
                changes.Add(new GoalGradeChange(goal.GoalId, goal.ActionFieldId, goal.Text, old, goal.Grade));
            }
        }

        foreach (var goal in before.Goals)
        {
            if (!later.Contains(goal.GoalId) && ReferenceEquals(earlier[goal.GoalId], goal))
            {
                changes.Add(new GoalGradeChange(goal.GoalId, goal.ActionFieldId, goal.Text, goal.Grade, null));
            }
        }

        return changes;
    }

    public static List<ActionFieldChange> ActionFields(CoverageReport before, CoverageReport after)
    {
        var earlier = new Dictionary<ElementId<ActionField>, ActionFieldCoverage>(before.ActionFields.Count);
        foreach (var field in before.ActionFields)
        {
            earlier.TryAdd(field.ActionFieldId, field);
        }

        var later = new HashSet<ElementId<ActionField>>();
        var changes = new List<ActionFieldChange>(after.ActionFields.Count);
        foreach (var field in after.ActionFields)
        {
            if (later.Add(field.ActionFieldId))
            {
                changes.Add(new ActionFieldChange(earlier.GetValueOrDefault(field.ActionFieldId), field));
            }
        }

        foreach (var field in before.ActionFields)
        {
            if (!later.Contains(field.ActionFieldId) && ReferenceEquals(earlier[field.ActionFieldId], field))
            {
                changes.Add(new ActionFieldChange(field, null));
            }
        }

        return changes;
    }

    /// <summary>The findings of <paramref name="these"/> that <paramref name="others"/> has not, matched by key and count.</summary>
    public static List<Finding> OnlyIn(ValueList<Finding> these, ValueList<Finding> others)
    {
        var available = new Dictionary<FindingKey, int>(others.Count);
        foreach (var finding in others)
        {
            var key = FindingKey.Of(finding);
            available[key] = available.GetValueOrDefault(key) + 1;
        }

        var only = new List<Finding>();
        foreach (var finding in these)
        {
            var key = FindingKey.Of(finding);
            if (available.TryGetValue(key, out var left) && left > 0)
            {
                available[key] = left - 1;
            }
            else
            {
                only.Add(finding);
            }
        }

        return only;
    }

    public static List<IndicatorLightChange> Lights(CoverageReport before, CoverageReport after)
    {
        var order = new List<string>();
        var later = IndicatorLights.Of(after, order);
        var earlierOrder = new List<string>();
        var earlier = IndicatorLights.Of(before, earlierOrder);
        foreach (var id in earlierOrder)
        {
            if (!later.ContainsKey(id))
            {
                order.Add(id);
            }
        }

        var changes = new List<IndicatorLightChange>();
        foreach (var id in order)
        {
            var from = earlier.GetValueOrDefault(id, IndicatorLight.NoWarning);
            var to = later.GetValueOrDefault(id, IndicatorLight.NoWarning);
            if (from != to)
            {
                changes.Add(new IndicatorLightChange(id, from, to));
            }
        }

        return changes;
    }
}
