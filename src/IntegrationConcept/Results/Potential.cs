using System;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;

namespace IntegrationConcept.Results;

/// <summary>A district goal beyond the city concept (refining no city goal): a potential to feed back into it.</summary>
public sealed record Potential
{
    /// <summary>Creates a potential.</summary>
    /// <param name="districtGoalId">The district goal.</param>
    /// <param name="text">Its wording.</param>
    /// <param name="actionFieldId">The city action field it belongs to, if named.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public Potential(ElementId<DistrictGoal> districtGoalId, string text, ElementId<ActionField>? actionFieldId = null)
    {
        DistrictGoalId = districtGoalId;
        Text = Guard.NotNull(text);
        ActionFieldId = actionFieldId;
    }

    /// <summary>Gets the district goal.</summary>
    public ElementId<DistrictGoal> DistrictGoalId { get; }

    /// <summary>Gets its wording.</summary>
    public string Text { get; }

    /// <summary>Gets the city action field it belongs to, if named.</summary>
    public ElementId<ActionField>? ActionFieldId { get; }
}
