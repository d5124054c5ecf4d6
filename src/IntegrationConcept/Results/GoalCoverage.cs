using System;
using System.Collections.Generic;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;

namespace IntegrationConcept.Results;

/// <summary>How a district plan covers one goal of the city concept.</summary>
/// <remarks>
/// Covered: a district goal refines the goal (or one of its sub-goals) and is operational. Partly covered: refined,
/// but no refining district goal is operational; <see cref="MissingCriteria"/> are those of the refining district
/// goal that comes closest. A goal with sub-goals takes the best grade of itself and its sub-goals.
/// </remarks>
public sealed record GoalCoverage
{
    /// <summary>Creates a goal's coverage.</summary>
    /// <param name="goalId">The city goal.</param>
    /// <param name="actionFieldId">Its action field.</param>
    /// <param name="text">Its wording.</param>
    /// <param name="grade">The grade.</param>
    /// <param name="refiningGoalIds">The district goals that refine it directly.</param>
    /// <param name="missingCriteria">What the closest refining district goal lacks, for a partly covered goal.</param>
    /// <param name="outOfScopeJustification">The justification of the out-of-scope declaration, if out of scope (may be empty when unjustified).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public GoalCoverage(
        ElementId<Goal> goalId,
        ElementId<ActionField> actionFieldId,
        string text,
        CoverageGrade grade,
        IEnumerable<ElementId<DistrictGoal>>? refiningGoalIds = null,
        IEnumerable<MissingCriterion>? missingCriteria = null,
        string? outOfScopeJustification = null)
    {
        GoalId = goalId;
        ActionFieldId = actionFieldId;
        Text = Guard.NotNull(text);
        Grade = grade;
        RefiningGoalIds = refiningGoalIds.ToValueList();
        MissingCriteria = missingCriteria.ToValueList();
        OutOfScopeJustification = outOfScopeJustification;
    }

    /// <summary>Gets the city goal.</summary>
    public ElementId<Goal> GoalId { get; }

    /// <summary>Gets its action field.</summary>
    public ElementId<ActionField> ActionFieldId { get; }

    /// <summary>Gets its wording.</summary>
    public string Text { get; }

    /// <summary>Gets the grade.</summary>
    public CoverageGrade Grade { get; }

    /// <summary>Gets the district goals that refine it directly, in document order.</summary>
    public ValueList<ElementId<DistrictGoal>> RefiningGoalIds { get; }

    /// <summary>Gets the missing criteria of a partly covered goal; empty otherwise.</summary>
    public ValueList<MissingCriterion> MissingCriteria { get; }

    /// <summary>Gets the out-of-scope justification, if out of scope.</summary>
    public string? OutOfScopeJustification { get; }
}
