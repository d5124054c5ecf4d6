using System.Collections.Generic;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rendering.Content;

/// <summary>Lookups over a district plan that the report content needs, built once in linear time.</summary>
internal sealed class PlanIndex
{
    private readonly Dictionary<ElementId<DistrictGoal>, List<Measure>> _measuresByGoal = [];
    private readonly Dictionary<ElementId<Actor>, string> _actorNames = [];
    private readonly Dictionary<string, ElementId<ActionField>> _fieldByCityGoal = new(System.StringComparer.Ordinal);
    private readonly Dictionary<ElementId<Indicator>, ElementId<DistrictGoal>> _goalByIndicator = [];

    public PlanIndex(DistrictPlan plan, CoverageReport report)
    {
        Plan = plan;
        foreach (var actor in plan.Actors)
        {
            _actorNames.TryAdd(actor.Id, actor.Name);
        }

        foreach (var goal in report.Goals)
        {
            _fieldByCityGoal.TryAdd(goal.GoalId.Value, goal.ActionFieldId);
        }

        foreach (var goal in plan.Goals)
        {
            foreach (var indicator in goal.IndicatorIds)
            {
                _goalByIndicator.TryAdd(indicator, goal.Id);
            }
        }

        foreach (var measure in plan.Measures)
        {
            foreach (var goal in measure.GoalIds)
            {
                if (!_measuresByGoal.TryGetValue(goal, out var list))
                {
                    list = [];
                    _measuresByGoal.Add(goal, list);
                }

                list.Add(measure);
                foreach (var indicator in measure.IndicatorIds)
                {
                    _goalByIndicator.TryAdd(indicator, goal);
                }
            }
        }
    }

    public DistrictPlan Plan { get; }

    public IReadOnlyList<Measure> MeasuresOf(ElementId<DistrictGoal> goal)
        => _measuresByGoal.TryGetValue(goal, out var list) ? list : [];

    public string ActorName(ElementId<Actor> actor) => _actorNames.TryGetValue(actor, out var name) ? name : actor.Value;

    /// <summary>The action field a finding's element belongs to, when one can be told.</summary>
    public ElementId<ActionField>? FieldOf(ElementReference subject)
    {
        if (subject.Id is not { } id)
        {
            return null;
        }

        return (subject.Document, subject.Kind) switch
        {
            (DocumentKind.CityConcept, ElementKind.ActionField) => new ElementId<ActionField>(id),
            (DocumentKind.CityConcept, ElementKind.Goal) => CityGoalField(id),
            (DocumentKind.DistrictPlan, ElementKind.DistrictGoal) => DistrictGoalField(new ElementId<DistrictGoal>(id)),
            (DocumentKind.DistrictPlan, ElementKind.Measure) => MeasureField(new ElementId<Measure>(id)),
            (DocumentKind.DistrictPlan, ElementKind.Indicator) => _goalByIndicator.TryGetValue(new ElementId<Indicator>(id), out var goal) ? DistrictGoalField(goal) : null,
            _ => null,
        };
    }

    private ElementId<ActionField>? CityGoalField(string id) => _fieldByCityGoal.TryGetValue(id, out var field) ? field : null;

    private ElementId<ActionField>? DistrictGoalField(ElementId<DistrictGoal> id)
    {
        if (!Plan.Goals.TryGet(id, out var goal))
        {
            return null;
        }

        if (goal.ActionFieldId is { } field)
        {
            return field;
        }

        foreach (var refined in goal.RefinedGoalIds)
        {
            if (CityGoalField(refined.Value) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private ElementId<ActionField>? MeasureField(ElementId<Measure> id)
    {
        if (!Plan.Measures.TryGet(id, out var measure))
        {
            return null;
        }

        foreach (var goal in measure.GoalIds)
        {
            if (DistrictGoalField(goal) is { } field)
            {
                return field;
            }
        }

        return null;
    }
}
