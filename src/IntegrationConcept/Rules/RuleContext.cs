using System;
using System.Collections.Generic;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering;
using IntegrationConcept.Results;
using NodaTime;

namespace IntegrationConcept.Rules;

/// <summary>
/// What a rule reads while checking one district plan: both documents, the evaluation date, the rule's
/// parameters, the computed coverage, and indexes built once per check. Read-only.
/// </summary>
public sealed class RuleContext
{
    internal RuleContext(CheckState state, RuleParameters parameters)
    {
        State = state;
        Parameters = parameters;
    }

    /// <summary>Gets the city concept.</summary>
    public CityConcept Concept => State.Concept;

    /// <summary>Gets the district plan.</summary>
    public DistrictPlan Plan => State.Plan;

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate EvaluationDate => State.EvaluationDate;

    /// <summary>Gets the rule's effective parameters.</summary>
    public RuleParameters Parameters { get; }

    /// <summary>Gets the rule set the check runs with.</summary>
    public RuleSet RuleSet => State.RuleSet;

    /// <summary>Gets the coverage of every city goal, in concept order.</summary>
    public IReadOnlyList<GoalCoverage> GoalCoverages => _goals ??= Array.AsReadOnly(State.Goals);

    /// <summary>Gets the coverage of every action field, in concept order.</summary>
    public IReadOnlyList<ActionFieldCoverage> ActionFieldCoverages => _actionFields ??= Array.AsReadOnly(State.ActionFields);

    /// <summary>Gets the coverage of every principle, in concept order.</summary>
    public IReadOnlyList<PrincipleCoverage> PrincipleCoverages => _principles ??= Array.AsReadOnly(State.Principles);

    /// <summary>Gets a reference to the district plan as a whole; its id is the district's name.</summary>
    public ElementReference PlanReference => State.PlanReference;

    internal CheckState State { get; }

    // Read-only views: a custom rule cannot cast them back to the checker's arrays, which the report shares.
    private IReadOnlyList<GoalCoverage>? _goals;
    private IReadOnlyList<ActionFieldCoverage>? _actionFields;
    private IReadOnlyList<PrincipleCoverage>? _principles;

    /// <summary>Gets the coverage of a city goal.</summary>
    /// <param name="goalId">The city goal.</param>
    /// <returns>The coverage, or <see langword="null"/> when the concept has no such goal.</returns>
    public GoalCoverage? GetGoalCoverage(ElementId<Goal> goalId)
        => State.ConceptIndex.Goals.TryGetValue(goalId, out var i) ? State.Goals[i] : null;

    /// <summary>Gets the measures that serve a district goal, in plan order (constant time).</summary>
    /// <param name="goalId">The district goal.</param>
    /// <returns>The measures; empty for an unknown goal.</returns>
    public ReadOnlySpan<Measure> MeasuresServing(ElementId<DistrictGoal> goalId)
        => State.PlanGoals.TryGetValue(goalId, out var g)
            ? new ReadOnlySpan<Measure>(State.MeasuresByGoal, State.MeasureOffsets[g], State.MeasureOffsets[g + 1] - State.MeasureOffsets[g])
            : ReadOnlySpan<Measure>.Empty;

    /// <summary>Gets the district goals that refine a city goal directly, in plan order (constant time).</summary>
    /// <param name="goalId">The city goal.</param>
    /// <returns>The district goals; empty for an unknown goal.</returns>
    public ReadOnlySpan<DistrictGoal> GoalsRefining(ElementId<Goal> goalId)
        => State.ConceptIndex.Goals.TryGetValue(goalId, out var c)
            ? new ReadOnlySpan<DistrictGoal>(State.RefinersByCityGoal, State.RefinerOffsets[c], State.RefinerOffsets[c + 1] - State.RefinerOffsets[c])
            : ReadOnlySpan<DistrictGoal>.Empty;

    /// <summary>Makes a reference to a city goal.</summary>
    /// <param name="goal">The goal.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException">The concept has no goal with this id.</exception>
    public ElementReference Reference(Goal goal)
        => new(DocumentKind.CityConcept, ElementKind.Goal, Id(goal?.Id.Value), Position(State.ConceptIndex.Goals, goal!.Id));

    /// <summary>Makes a reference to an action field.</summary>
    /// <param name="actionField">The action field.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException">The concept has no action field with this id.</exception>
    public ElementReference Reference(ActionField actionField)
        => new(DocumentKind.CityConcept, ElementKind.ActionField, Id(actionField?.Id.Value), Position(State.ConceptIndex.ActionFields, actionField!.Id));

    /// <summary>Makes a reference to a principle.</summary>
    /// <param name="principle">The principle.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException">The concept has no principle with this id.</exception>
    public ElementReference Reference(Principle principle)
        => new(DocumentKind.CityConcept, ElementKind.Principle, Id(principle?.Id.Value), Position(State.ConceptIndex.Principles, principle!.Id));

    /// <summary>Makes a reference to a district goal.</summary>
    /// <param name="goal">The district goal.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException">The plan has no district goal with this id.</exception>
    public ElementReference Reference(DistrictGoal goal)
        => new(DocumentKind.DistrictPlan, ElementKind.DistrictGoal, Id(goal?.Id.Value), Position(State.PlanGoals, goal!.Id));

    /// <summary>Makes a reference to a measure.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException">The plan has no measure with this id.</exception>
    public ElementReference Reference(Measure measure)
        => new(DocumentKind.DistrictPlan, ElementKind.Measure, Id(measure?.Id.Value), Position(State.MeasurePositions(), measure!.Id));

    /// <summary>Makes a reference to an indicator.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException">The plan has no indicator with this id.</exception>
    public ElementReference Reference(Indicator indicator)
        => new(DocumentKind.DistrictPlan, ElementKind.Indicator, Id(indicator?.Id.Value), Position(State.PlanIndicators, indicator!.Id));

    private static string Id(string? id) => id ?? throw new ArgumentNullException(nameof(id), "The element is null.");

    private static int Position<T>(Dictionary<ElementId<T>, int> positions, ElementId<T> id)
        => positions.TryGetValue(id, out var position)
            ? position
            : throw new ArgumentException($"The document has no {typeof(T).Name} with id '{id}'.", nameof(id));
}
