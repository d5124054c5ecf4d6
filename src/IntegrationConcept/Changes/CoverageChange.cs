using System.Collections.Generic;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Changes;

/// <summary>
/// What changed between two coverage checks: two versions of a district plan against one concept, the same plan at
/// two evaluation dates, or a plan before and after a concept update. Per city goal the grade before and after, per
/// action field and overall the change of coverage, the findings that appeared and were resolved, and the indicators
/// whose traffic light changed. Immutable and value-equal; build it with <see cref="Compare"/>.
/// </summary>
/// <remarks>
/// <para>Order: goals and action fields in the later check's order, then those only the earlier check has in its order;
/// appeared findings in the later report's order, resolved ones in the earlier report's order; indicators in the order of
/// their first light finding in the later report, then those only the earlier report rates.</para>
/// <para>Two findings are the same when rule id and element agree (<see cref="ElementReference.Document"/>,
/// <see cref="ElementReference.Kind"/>, <see cref="ElementReference.Id"/>; the path for an element without an id),
/// whatever their text says; several findings of one rule on one element are matched by count.</para>
/// </remarks>
public sealed record CoverageChange
{
    /// <summary>Creates a change report.</summary>
    /// <param name="before">The earlier check.</param>
    /// <param name="after">The later check.</param>
    /// <param name="goals">The city goals, as ordered by <see cref="Compare"/>.</param>
    /// <param name="actionFields">The action fields.</param>
    /// <param name="appearedFindings">Findings only the later check has.</param>
    /// <param name="resolvedFindings">Findings only the earlier check has.</param>
    /// <param name="indicatorLights">Indicators whose light differs.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="before"/> or <paramref name="after"/> is <see langword="null"/>.</exception>
    public CoverageChange(
        CheckSummary before,
        CheckSummary after,
        IEnumerable<GoalGradeChange>? goals = null,
        IEnumerable<ActionFieldChange>? actionFields = null,
        IEnumerable<Finding>? appearedFindings = null,
        IEnumerable<Finding>? resolvedFindings = null,
        IEnumerable<IndicatorLightChange>? indicatorLights = null)
    {
        Before = Guard.NotNull(before);
        After = Guard.NotNull(after);
        Goals = goals.ToValueList();
        ActionFields = actionFields.ToValueList();
        AppearedFindings = appearedFindings.ToValueList();
        ResolvedFindings = resolvedFindings.ToValueList();
        IndicatorLights = indicatorLights.ToValueList();
        CoveredPercentChange = before.Overall.CoveredPercent is { } from && after.Overall.CoveredPercent is { } to ? to - from : null;
    }

    /// <summary>Gets the earlier check.</summary>
    public CheckSummary Before { get; }

    /// <summary>Gets the later check.</summary>
    public CheckSummary After { get; }

    /// <summary>Gets the grade of every city goal of either check, before and after.</summary>
    public ValueList<GoalGradeChange> Goals { get; }

    /// <summary>Gets the coverage of every action field of either check, before and after.</summary>
    public ValueList<ActionFieldChange> ActionFields { get; }

    /// <summary>Gets the findings that appeared: the later check has them, the earlier one not.</summary>
    public ValueList<Finding> AppearedFindings { get; }

    /// <summary>Gets the findings that were resolved: the earlier check has them, the later one not.</summary>
    public ValueList<Finding> ResolvedFindings { get; }

    /// <summary>Gets the indicators whose traffic light changed.</summary>
    public ValueList<IndicatorLightChange> IndicatorLights { get; }

    /// <summary>
    /// Gets the change of the overall covered share of the city goals in scope, in percentage points (after minus
    /// before), or <see langword="null"/> when one of the checks has no goal in scope.
    /// </summary>
    public decimal? CoveredPercentChange { get; }

    /// <summary>Gets whether anything changed: a goal's or field's grade, a finding, or a light.</summary>
    public bool HasChanges
        => AppearedFindings.Count > 0 || ResolvedFindings.Count > 0 || IndicatorLights.Count > 0
            || CountGoals(GradeTransition.Unchanged) != Goals.Count || CountFields(GradeTransition.Unchanged) != ActionFields.Count;

    /// <summary>Counts the city goals of a transition.</summary>
    /// <param name="transition">The transition.</param>
    /// <returns>The number of goals.</returns>
    public int CountGoals(GradeTransition transition)
    {
        var count = 0;
        foreach (var goal in Goals)
        {
            if (goal.Transition == transition)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Counts the action fields of a transition.</summary>
    /// <param name="transition">The transition.</param>
    /// <returns>The number of action fields.</returns>
    public int CountFields(GradeTransition transition)
    {
        var count = 0;
        foreach (var field in ActionFields)
        {
            if (field.Transition == transition)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Compares two checks; linear in the size of both reports (goals, fields and findings are looked up by id).</summary>
    /// <param name="before">The earlier check.</param>
    /// <param name="after">The later check.</param>
    /// <returns>The change report.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="before"/> or <paramref name="after"/> is <see langword="null"/>.</exception>
    /// <example>
    /// <code>
    /// var spring = checker.Check(concept, plan, new LocalDate(2012, 3, 31));
    /// var end = checker.Check(concept, plan, new LocalDate(2014, 12, 31));
    /// CoverageChange change = CoverageChange.Compare(spring, end);
    /// int better = change.CountGoals(GradeTransition.Improved);
    /// </code>
    /// </example>
    public static CoverageChange Compare(CoverageReport before, CoverageReport after)
    {
        Guard.NotNull(before);
        Guard.NotNull(after);
        return new CoverageChange(
            CheckSummary.Of(before),
            CheckSummary.Of(after),
            CoverageComparison.Goals(before, after),
            CoverageComparison.ActionFields(before, after),
            CoverageComparison.OnlyIn(after.Findings, before.Findings),
            CoverageComparison.OnlyIn(before.Findings, after.Findings),
            CoverageComparison.Lights(before, after));
    }
}
