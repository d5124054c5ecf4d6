using System;
using System.Collections.Generic;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;
using NodaTime;

namespace IntegrationConcept.Results;

/// <summary>
/// The answer to "does this district plan cover the city concept?" at an evaluation date: the findings in a
/// deterministic order, coverage per goal, action field and principle, overall coverage, and the feedback for
/// the city concept. Immutable data; render it with a renderer of <c>IntegrationConcept.Rendering</c>.
/// </summary>
/// <remarks>
/// Findings are ordered by document (city concept, then district plan), then by the element's section (in the
/// order of <see cref="ElementKind"/>), its position in the section, the rule id (ordinal), and the order in
/// which the rule reported them.
/// </remarks>
public sealed record CoverageReport
{
    /// <summary>
    /// The most findings a check keeps of one rule on one kind of element of one document: 1000. Beyond it the
    /// findings are counted, not kept: the first 1000 stay, and one more finding of the same rule, placed at the first
    /// one left out, says how many were left out ("… und 999000 weitere Befunde der Regel IC3001 …").
    /// </summary>
    /// <remarks>
    /// This bounds a report by design: a plan that refines a million unknown city goals gives 1001 findings, not a
    /// million, so the report and its JSON stay small enough to render and to read back with the default
    /// <see cref="Documents.DocumentReadOptions"/>. Suppressions apply to the findings kept; the ones left out are
    /// counted whether suppressed or not.
    /// </remarks>
    public const int MaxFindingsPerRuleAndKind = 1000;

    /// <summary>Creates a report.</summary>
    /// <param name="district">The district's name.</param>
    /// <param name="planTitle">The district plan's title.</param>
    /// <param name="municipality">The municipality of the city concept.</param>
    /// <param name="conceptTitle">The city concept's title.</param>
    /// <param name="conceptVersion">The label of the concept version checked against.</param>
    /// <param name="planConceptVersion">The label of the concept version the plan takes up.</param>
    /// <param name="evaluationDate">The date the plan was evaluated at.</param>
    /// <param name="ruleSetName">The name of the rule set used.</param>
    /// <param name="findings">The findings, in order.</param>
    /// <param name="goals">Coverage per city goal, in concept order.</param>
    /// <param name="actionFields">Coverage per action field, in concept order.</param>
    /// <param name="principles">Coverage per principle, in concept order.</param>
    /// <param name="feedback">The feedback for the city concept.</param>
    /// <exception cref="ArgumentNullException">A text argument or <paramref name="feedback"/> is <see langword="null"/>.</exception>
    public CoverageReport(
        string district,
        string planTitle,
        string municipality,
        string conceptTitle,
        string conceptVersion,
        string planConceptVersion,
        LocalDate evaluationDate,
        string ruleSetName,
        IEnumerable<Finding>? findings,
        IEnumerable<GoalCoverage>? goals,
        IEnumerable<ActionFieldCoverage>? actionFields,
        IEnumerable<PrincipleCoverage>? principles,
        ConceptFeedback feedback)
    {
        District = Guard.NotNull(district);
        PlanTitle = Guard.NotNull(planTitle);
        Municipality = Guard.NotNull(municipality);
        ConceptTitle = Guard.NotNull(conceptTitle);
        ConceptVersion = Guard.NotNull(conceptVersion);
        PlanConceptVersion = Guard.NotNull(planConceptVersion);
        EvaluationDate = evaluationDate;
        RuleSetName = Guard.NotNull(ruleSetName);
        Findings = findings.ToValueList();
        Goals = goals.ToValueList();
        ActionFields = actionFields.ToValueList();
        Principles = principles.ToValueList();
        Feedback = Guard.NotNull(feedback);
        var goalCounts = new int[4];
        foreach (var goal in Goals)
        {
            goalCounts[(int)goal.Grade]++;
        }

        var fieldCounts = new int[4];
        foreach (var field in ActionFields)
        {
            fieldCounts[(int)field.Grade]++;
        }

        var principleCounts = new int[4];
        foreach (var principle in Principles)
        {
            principleCounts[(int)principle.Grade]++;
        }

        Overall = CoverageCounts.From(goalCounts);
        ActionFieldTotals = CoverageCounts.From(fieldCounts);
        PrincipleTotals = CoverageCounts.From(principleCounts);
    }

    /// <summary>Gets the district's name.</summary>
    public string District { get; }

    /// <summary>Gets the district plan's title.</summary>
    public string PlanTitle { get; }

    /// <summary>Gets the municipality of the city concept.</summary>
    public string Municipality { get; }

    /// <summary>Gets the city concept's title.</summary>
    public string ConceptTitle { get; }

    /// <summary>Gets the label of the concept version checked against.</summary>
    public string ConceptVersion { get; }

    /// <summary>Gets the label of the concept version the plan takes up.</summary>
    public string PlanConceptVersion { get; }

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate EvaluationDate { get; }

    /// <summary>Gets the name of the rule set used.</summary>
    public string RuleSetName { get; }

    /// <summary>Gets the findings, suppressed ones included, in deterministic order.</summary>
    public ValueList<Finding> Findings { get; }

    /// <summary>Gets coverage per city goal, in concept order.</summary>
    public ValueList<GoalCoverage> Goals { get; }

    /// <summary>Gets coverage per action field, in concept order.</summary>
    public ValueList<ActionFieldCoverage> ActionFields { get; }

    /// <summary>Gets coverage per principle, in concept order.</summary>
    public ValueList<PrincipleCoverage> Principles { get; }

    /// <summary>Gets the feedback for the city concept.</summary>
    public ConceptFeedback Feedback { get; }

    /// <summary>Gets the overall coverage: the counts of all city goals by grade.</summary>
    public CoverageCounts Overall { get; }

    /// <summary>Gets the counts of action fields by grade.</summary>
    public CoverageCounts ActionFieldTotals { get; }

    /// <summary>Gets the counts of principles by grade (never partly covered).</summary>
    public CoverageCounts PrincipleTotals { get; }

    /// <summary>Gets whether an error finding is not suppressed.</summary>
    public bool HasErrors => Count(Severity.Error) > 0;

    /// <summary>Counts the findings of a severity that are not suppressed.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The number of findings.</returns>
    public int Count(Severity severity)
    {
        var count = 0;
        foreach (var finding in Findings)
        {
            if (finding.Severity == severity && !finding.IsSuppressed)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Gets the coverage of a city goal.</summary>
    /// <param name="goalId">The goal's id.</param>
    /// <returns>Its coverage, or <see langword="null"/> when the concept has no such goal.</returns>
    public GoalCoverage? FindGoal(string goalId)
    {
        foreach (var goal in Goals)
        {
            if (string.Equals(goal.GoalId.Value, goalId, StringComparison.Ordinal))
            {
                return goal;
            }
        }

        return null;
    }

    /// <summary>Throws when an error finding is not suppressed; opt-in for callers that treat errors as failures.</summary>
    /// <returns>This report, when it has no errors.</returns>
    /// <exception cref="CoverageException">At least one error finding is not suppressed; the exception carries the report.</exception>
    public CoverageReport ThrowIfErrors() => HasErrors ? throw new CoverageException(this) : this;
}
