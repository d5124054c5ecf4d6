using System;
using System.Collections.Generic;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;

namespace IntegrationConcept.Results;

/// <summary>One city goal in a <see cref="CoverageMatrix"/>: its grade in each district and combined.</summary>
public sealed record GoalCoverageRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="goalId">The city goal.</param>
    /// <param name="actionFieldId">Its action field.</param>
    /// <param name="text">Its wording.</param>
    /// <param name="grades">Its grade per district, in the matrix's district order.</param>
    /// <param name="combined">The combined grade.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public GoalCoverageRow(ElementId<Goal> goalId, ElementId<ActionField> actionFieldId, string text, IEnumerable<CoverageGrade>? grades, CoverageGrade combined)
    {
        GoalId = goalId;
        ActionFieldId = actionFieldId;
        Text = Guard.NotNull(text);
        Grades = grades.ToValueList();
        Combined = combined;
    }

    /// <summary>Gets the city goal.</summary>
    public ElementId<Goal> GoalId { get; }

    /// <summary>Gets its action field.</summary>
    public ElementId<ActionField> ActionFieldId { get; }

    /// <summary>Gets its wording.</summary>
    public string Text { get; }

    /// <summary>Gets its grade per district.</summary>
    public ValueList<CoverageGrade> Grades { get; }

    /// <summary>Gets the combined grade: covered if any district covers it, else partly covered if any district partly covers it, else uncovered if any district has it in scope, else out of scope.</summary>
    public CoverageGrade Combined { get; }
}
