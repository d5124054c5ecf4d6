using System;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Changes;

/// <summary>The coverage of one action field in two checks: its grade, its goal counts and the change of the covered share.</summary>
public sealed record ActionFieldChange
{
    /// <summary>Creates an action field's change.</summary>
    /// <param name="before">Its coverage in the earlier check, or <see langword="null"/> when that check does not have the field.</param>
    /// <param name="after">Its coverage in the later check, or <see langword="null"/> when that check does not have the field.</param>
    /// <exception cref="ArgumentException">Both are <see langword="null"/>, or they are about different action fields.</exception>
    public ActionFieldChange(ActionFieldCoverage? before, ActionFieldCoverage? after)
    {
        var either = after ?? before ?? throw new ArgumentException("At least one of the two checks must have the action field.", nameof(before));
        if (before is not null && after is not null && before.ActionFieldId != after.ActionFieldId)
        {
            throw new ArgumentException(
                $"The coverages are about different action fields ('{before.ActionFieldId}' and '{after.ActionFieldId}').", nameof(after));
        }

        ActionFieldId = either.ActionFieldId;
        Name = either.Name;
        EnglishName = either.EnglishName;
        Before = before;
        After = after;
        Transition = GradeTransitions.Of(before?.Grade, after?.Grade);
        CoveredPercentChange = before?.Goals.CoveredPercent is { } from && after?.Goals.CoveredPercent is { } to ? to - from : null;
    }

    /// <summary>Gets the action field.</summary>
    public ElementId<ActionField> ActionFieldId { get; }

    /// <summary>Gets its German name (in the later check, or the earlier one for a removed field).</summary>
    public string Name { get; }

    /// <summary>Gets its English name, if given.</summary>
    public string? EnglishName { get; }

    /// <summary>Gets its coverage in the earlier check, or <see langword="null"/> for an added field.</summary>
    public ActionFieldCoverage? Before { get; }

    /// <summary>Gets its coverage in the later check, or <see langword="null"/> for a removed field.</summary>
    public ActionFieldCoverage? After { get; }

    /// <summary>Gets how its grade changed.</summary>
    public GradeTransition Transition { get; }

    /// <summary>
    /// Gets the change of the covered share of its goals in scope, in percentage points (after minus before), or
    /// <see langword="null"/> when one of the checks has no goal of the field in scope (or not the field).
    /// </summary>
    public decimal? CoveredPercentChange { get; }

    internal string DisplayName(Localization.Language language)
        => language == Localization.Language.English && !string.IsNullOrEmpty(EnglishName) ? EnglishName : Name;
}
