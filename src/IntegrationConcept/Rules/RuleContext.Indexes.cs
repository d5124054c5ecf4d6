using System;
using IntegrationConcept.Model;

namespace IntegrationConcept.Rules;

/// <summary>The indexes of a <see cref="RuleContext"/>: positions by id, measures serving a goal, goals refining a city goal.</summary>
public sealed partial class RuleContext
{
    /// <summary>Gets the measures that serve a district goal, in plan order (constant time).</summary>
    /// <param name="goalId">The district goal.</param>
    /// <returns>The measures; empty for an unknown goal.</returns>
    public ReadOnlySpan<Measure> MeasuresServing(ElementId<DistrictGoal> goalId)
        => _check.PlanIndex.Goals.TryGetValue(goalId, out var g) ? MeasuresServing(g) : ReadOnlySpan<Measure>.Empty;

    /// <summary>Gets the measures that serve the district goal at a position in the plan, in plan order (constant time).</summary>
    /// <param name="districtGoalPosition">The position in <see cref="DistrictPlan.Goals"/>.</param>
    /// <returns>The measures; empty when no measure serves the goal.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="districtGoalPosition"/> is not a position of a district goal.</exception>
    public ReadOnlySpan<Measure> MeasuresServing(int districtGoalPosition)
    {
        var index = _check.PlanIndex;
        var g = CheckPosition(districtGoalPosition, Plan.Goals.Count);
        return new ReadOnlySpan<Measure>(index.MeasuresByGoal, index.MeasureOffsets[g], index.MeasureOffsets[g + 1] - index.MeasureOffsets[g]);
    }

    /// <summary>Gets the district goals that refine a city goal directly, in plan order (constant time).</summary>
    /// <param name="goalId">The city goal.</param>
    /// <returns>The district goals; empty for an unknown goal.</returns>
    public ReadOnlySpan<DistrictGoal> GoalsRefining(ElementId<Goal> goalId)
        => _check.ConceptIndex.Goals.TryGetValue(goalId, out var c) ? GoalsRefining(c) : ReadOnlySpan<DistrictGoal>.Empty;

    /// <summary>Gets the district goals that refine the city goal at a position in the concept directly, in plan order (constant time).</summary>
    /// <param name="goalPosition">The position in <see cref="CityConcept.Goals"/>.</param>
    /// <returns>The district goals; empty when none refines the goal.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="goalPosition"/> is not a position of a city goal.</exception>
    public ReadOnlySpan<DistrictGoal> GoalsRefining(int goalPosition)
    {
        var refiners = _check.Refiners;
        var c = CheckPosition(goalPosition, Concept.Goals.Count);
        return new ReadOnlySpan<DistrictGoal>(refiners.Refiners, refiners.Offsets[c], refiners.Offsets[c + 1] - refiners.Offsets[c]);
    }

    /// <summary>
    /// Gets whether the district goal at a position has an indicator of the plan: on the goal itself or on a
    /// measure serving it (constant time). Ids that name no indicator of the plan do not count.
    /// </summary>
    /// <param name="districtGoalPosition">The position in <see cref="DistrictPlan.Goals"/>.</param>
    /// <returns><see langword="true"/> when the goal has an indicator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="districtGoalPosition"/> is not a position of a district goal.</exception>
    public bool HasIndicator(int districtGoalPosition)
        => (_check.PlanIndex.GoalHas[CheckPosition(districtGoalPosition, Plan.Goals.Count)] & Criteria.Indicator) != 0;

    /// <summary>Gets the position of a city goal in the concept.</summary>
    /// <param name="id">The goal's id.</param>
    /// <returns>The position in <see cref="CityConcept.Goals"/>, or -1 when the concept has no such goal.</returns>
    public int PositionOf(ElementId<Goal> id) => _check.ConceptIndex.Goals.TryGetValue(id, out var i) ? i : -1;

    /// <summary>Gets the position of an action field in the concept.</summary>
    /// <param name="id">The action field's id.</param>
    /// <returns>The position in <see cref="CityConcept.ActionFields"/>, or -1 when the concept has no such field.</returns>
    public int PositionOf(ElementId<ActionField> id) => _check.ConceptIndex.ActionFields.TryGetValue(id, out var i) ? i : -1;

    /// <summary>Gets the position of a principle in the concept.</summary>
    /// <param name="id">The principle's id.</param>
    /// <returns>The position in <see cref="CityConcept.Principles"/>, or -1 when the concept has no such principle.</returns>
    public int PositionOf(ElementId<Principle> id) => _check.ConceptIndex.Principles.TryGetValue(id, out var i) ? i : -1;

    /// <summary>Gets the position of a district goal in the plan.</summary>
    /// <param name="id">The district goal's id.</param>
    /// <returns>The position in <see cref="DistrictPlan.Goals"/>, or -1 when the plan has no such goal.</returns>
    public int PositionOf(ElementId<DistrictGoal> id) => _check.PlanIndex.Goals.TryGetValue(id, out var i) ? i : -1;

    /// <summary>Gets the position of a measure in the plan (the first use builds the index of measures).</summary>
    /// <param name="id">The measure's id.</param>
    /// <returns>The position in <see cref="DistrictPlan.Measures"/>, or -1 when the plan has no such measure.</returns>
    public int PositionOf(ElementId<Measure> id) => _check.PlanIndex.Measures.TryGetValue(id, out var i) ? i : -1;

    /// <summary>Gets the position of an indicator in the plan.</summary>
    /// <param name="id">The indicator's id.</param>
    /// <returns>The position in <see cref="DistrictPlan.Indicators"/>, or -1 when the plan has no such indicator.</returns>
    public int PositionOf(ElementId<Indicator> id) => _check.PlanIndex.Indicators.TryGetValue(id, out var i) ? i : -1;

    /// <summary>
    /// Gets the position of a city goal, action field or principle named by a document's text, such as the element
    /// id of an out-of-scope declaration. Blank text, or text with outer white space, names nothing.
    /// </summary>
    /// <param name="kind"><see cref="ElementKind.Goal"/>, <see cref="ElementKind.ActionField"/> or <see cref="ElementKind.Principle"/>.</param>
    /// <param name="id">The id as the document writes it.</param>
    /// <returns>The position in the concept's list of that kind, or -1 when the concept has no such element.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is another kind.</exception>
    public int PositionInConcept(ElementKind kind, string? id) => kind switch
    {
        ElementKind.Goal => DocumentIds.TryCreate<Goal>(id, out var goal) ? PositionOf(goal) : -1,
        ElementKind.ActionField => DocumentIds.TryCreate<ActionField>(id, out var field) ? PositionOf(field) : -1,
        ElementKind.Principle => DocumentIds.TryCreate<Principle>(id, out var principle) ? PositionOf(principle) : -1,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Only goals, action fields and principles of the concept are looked up by text."),
    };
}
