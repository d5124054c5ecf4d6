using System;
using System.Collections.Generic;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using NodaTime;

namespace IntegrationConcept.Rules;

/// <summary>
/// What a rule reads while checking one district plan: both documents, the evaluation date, the rule's
/// parameters, the computed coverage with its reasons, indexes built once per check, and references to elements.
/// Read-only; the built-in rules read exactly this.
/// </summary>
/// <remarks>
/// Positions are indexes into the document's lists (<see cref="CityConcept.Goals"/>, <see cref="DistrictPlan.Measures"/>,
/// ...): a rule that walks a list by position reads the coverage, the indexes and the references by the same
/// position in constant time, without looking ids up. The lists returned are read-only views and spans over
/// arrays the checker shares with the report; a rule cannot change them.
/// </remarks>
public sealed partial class RuleContext
{
    private readonly PlanCheck _check;

    internal RuleContext(PlanCheck check, RuleParameters parameters)
    {
        _check = check;
        Parameters = parameters;
    }

    /// <summary>Gets the city concept.</summary>
    public CityConcept Concept => _check.Concept;

    /// <summary>Gets the district plan.</summary>
    public DistrictPlan Plan => _check.Plan;

    /// <summary>Gets the evaluation date: overdue measures, running measures and indicator progress are judged at it.</summary>
    public LocalDate EvaluationDate => _check.EvaluationDate;

    /// <summary>Gets the rule's effective parameters: the rule set's values over the rule's defaults.</summary>
    public RuleParameters Parameters { get; }

    /// <summary>Gets the rule set the check runs with (for another rule's parameters, or whether a rule id is known).</summary>
    public RuleSet RuleSet => _check.RuleSet;

    /// <summary>Gets the coverage of every city goal, in concept order (position <c>i</c> is <c>Concept.Goals[i]</c>).</summary>
    public IReadOnlyList<GoalCoverage> GoalCoverages => _check.Views.Goals;

    /// <summary>Gets why each city goal has its grade, in concept order: no refinement, what the closest district goal lacks, the sub-goal it is graded through; empty for a covered goal graded directly.</summary>
    public IReadOnlyList<ValueList<LocalizedMessage>> GoalCoverageReasons => _check.Views.GoalReasons;

    /// <summary>Gets the coverage of every action field, in concept order.</summary>
    public IReadOnlyList<ActionFieldCoverage> ActionFieldCoverages => _check.Views.ActionFields;

    /// <summary>Gets the coverage of every principle, in concept order.</summary>
    public IReadOnlyList<PrincipleCoverage> PrincipleCoverages => _check.Views.Principles;

    /// <summary>Gets the coverage of a city goal.</summary>
    /// <param name="goalId">The city goal.</param>
    /// <returns>The coverage, or <see langword="null"/> when the concept has no such goal.</returns>
    public GoalCoverage? GetGoalCoverage(ElementId<Goal> goalId)
        => _check.ConceptIndex.Goals.TryGetValue(goalId, out var i) ? _check.Grading.Goals[i] : null;

    /// <summary>Gets the coverage of the city goal at a position in the concept (constant time).</summary>
    /// <param name="goalPosition">The position in <see cref="CityConcept.Goals"/>.</param>
    /// <returns>The coverage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="goalPosition"/> is not a position of a city goal.</exception>
    public GoalCoverage GetGoalCoverage(int goalPosition)
        => _check.Grading.Goals[CheckPosition(goalPosition, _check.Grading.Goals.Length)];

    /// <summary>Gets where each indicator of the plan stands at the evaluation date (built-in rules; computed once per check).</summary>
    internal IndicatorStates IndicatorStates => _check.IndicatorStates;

    private static int CheckPosition(int position, int count, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(position))] string? name = null)
        => (uint)position < (uint)count
            ? position
            : throw new ArgumentOutOfRangeException(name, position, $"There is no element at position {position}; the list has {count}.");
}
