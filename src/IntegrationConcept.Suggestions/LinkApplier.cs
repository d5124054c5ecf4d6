using System;
using System.Collections.Generic;
using System.Linq;
using IntegrationConcept.Model;

namespace IntegrationConcept.Suggestions;

/// <summary>Makes confirmed links part of a plan: the result is a new plan; the original is unchanged.</summary>
public static class LinkApplier
{
    /// <summary>The prefix of the district goals created for measures whose confirmed city goal no district goal refines yet.</summary>
    public const string CreatedGoalPrefix = "Z-";

    /// <summary>
    /// Applies confirmed links. A district goal refines its confirmed city goal from then on (and is no longer
    /// district-specific). A measure serves the district goal that already refines the confirmed city goal; when
    /// there is none, a district goal is created for it, with the id <see cref="CreatedGoalPrefix"/> + the city
    /// goal's id and the city goal's wording.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="concept">The city concept the links point into.</param>
    /// <param name="links">The confirmed links.</param>
    /// <returns>A new plan with the refinements.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A link names a district goal, measure or city goal that does not exist.</exception>
    public static DistrictPlan Apply(DistrictPlan plan, CityConcept concept, IEnumerable<ConfirmedLink> links)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(concept);
        ArgumentNullException.ThrowIfNull(links);
        var goals = plan.Goals.ToList();
        var measures = plan.Measures.ToList();
        foreach (var link in links)
        {
            ArgumentNullException.ThrowIfNull(link, nameof(links));
            if (!concept.Goals.TryGet(link.GoalId, out var cityGoal) || cityGoal is null)
            {
                throw new ArgumentException($"The confirmed link for {link.SubjectId} names the city goal '{link.GoalId}', which the concept does not contain.", nameof(links));
            }

            if (link.SubjectKind == SuggestionSubjectKind.DistrictGoal)
            {
                var index = goals.FindIndex(g => g.Id.Value == link.SubjectId);
                if (index < 0)
                {
                    throw new ArgumentException($"The confirmed link names the district goal '{link.SubjectId}', which the plan does not contain.", nameof(links));
                }

                goals[index] = Refining(goals[index], cityGoal.Id);
            }
            else
            {
                var index = measures.FindIndex(m => m.Id.Value == link.SubjectId);
                if (index < 0)
                {
                    throw new ArgumentException($"The confirmed link names the measure '{link.SubjectId}', which the plan does not contain.", nameof(links));
                }

                var goal = goals.Find(g => g.RefinedGoalIds.Contains(cityGoal.Id)) ?? CreateGoal(goals, cityGoal);
                var measure = measures[index];
                if (!measure.GoalIds.Contains(goal.Id))
                {
                    measures[index] = measure.WithGoals(measure.GoalIds.Append(goal.Id));
                }
            }
        }

        return plan.WithGoals(goals).WithMeasures(measures);
    }

    private static DistrictGoal Refining(DistrictGoal goal, ElementId<Goal> cityGoal)
    {
        if (goal.RefinedGoalIds.Contains(cityGoal))
        {
            return goal;
        }

        // A district-specific goal refines no city goal by definition: once linked it is an ordinary district goal.
        return new DistrictGoal(goal.Id, goal.Text, goal.RefinedGoalIds.Append(cityGoal), false, goal.ActionFieldId, goal.IndicatorIds, goal.ObservationIds);
    }

    private static DistrictGoal CreateGoal(List<DistrictGoal> goals, Goal cityGoal)
    {
        var id = CreatedGoalPrefix + cityGoal.Id.Value;
        for (var n = 2; goals.Exists(g => g.Id.Value == id); n++)
        {
            id = CreatedGoalPrefix + cityGoal.Id.Value + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var goal = new DistrictGoal(new ElementId<DistrictGoal>(id), cityGoal.Text, [cityGoal.Id]);
        goals.Add(goal);
        return goal;
    }
}
