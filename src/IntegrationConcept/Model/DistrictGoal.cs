using System.Collections.Generic;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>
/// A goal of the district plan. It refines one or more goals of the city concept, or is marked
/// district-specific: a potential to feed back into the city concept.
/// </summary>
public sealed record DistrictGoal : IElement<DistrictGoal>
{
    /// <summary>Creates a district goal.</summary>
    /// <param name="id">The id.</param>
    /// <param name="text">The goal's wording.</param>
    /// <param name="refinedGoalIds">The city goals it refines (resolved against the city concept by the rule engine).</param>
    /// <param name="isDistrictSpecific">Whether the goal is the district's own, refining no city goal.</param>
    /// <param name="actionFieldId">The city action field, for a district-specific goal or to make it explicit.</param>
    /// <param name="indicatorIds">The indicators that measure the goal directly.</param>
    /// <param name="observationIds">The needs and potentials the goal answers.</param>
    /// <param name="leadOfficeId">The actor with the lead responsibility in the administration (Federführung), if named.</param>
    /// <param name="status">The implementation status the planners recorded (Umsetzungsstand), if any.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public DistrictGoal(
        ElementId<DistrictGoal> id,
        string text,
        IEnumerable<ElementId<Goal>>? refinedGoalIds = null,
        bool isDistrictSpecific = false,
        ElementId<ActionField>? actionFieldId = null,
        IEnumerable<ElementId<Indicator>>? indicatorIds = null,
        IEnumerable<ElementId<Observation>>? observationIds = null,
        ElementId<Actor>? leadOfficeId = null,
        RecordedStatus? status = null)
    {
        Id = id;
        Text = Guard.NotNull(text);
        RefinedGoalIds = refinedGoalIds.ToValueList();
        IsDistrictSpecific = isDistrictSpecific;
        ActionFieldId = actionFieldId;
        IndicatorIds = indicatorIds.ToValueList();
        ObservationIds = observationIds.ToValueList();
        LeadOfficeId = leadOfficeId;
        Status = status;
    }

    /// <inheritdoc/>
    public ElementId<DistrictGoal> Id { get; }

    /// <summary>Gets the wording.</summary>
    public string Text { get; }

    /// <summary>Gets the city goals it refines.</summary>
    public ValueList<ElementId<Goal>> RefinedGoalIds { get; }

    /// <summary>Gets whether the goal is the district's own, refining no city goal.</summary>
    public bool IsDistrictSpecific { get; }

    /// <summary>Gets the city action field, if given.</summary>
    public ElementId<ActionField>? ActionFieldId { get; }

    /// <summary>Gets the indicators that measure the goal directly.</summary>
    public ValueList<ElementId<Indicator>> IndicatorIds { get; }

    /// <summary>Gets the needs and potentials the goal answers.</summary>
    public ValueList<ElementId<Observation>> ObservationIds { get; }

    /// <summary>Gets the actor with the lead responsibility in the administration (Federführung), if named.</summary>
    public ElementId<Actor>? LeadOfficeId { get; }

    /// <summary>Gets the implementation status the planners recorded, if any.</summary>
    public RecordedStatus? Status { get; }

    /// <summary>Returns a copy that refines other city goals.</summary>
    /// <param name="refinedGoalIds">The city goals.</param>
    /// <returns>The new goal.</returns>
    public DistrictGoal WithRefinedGoals(IEnumerable<ElementId<Goal>> refinedGoalIds)
        => new(Id, Text, refinedGoalIds, IsDistrictSpecific, ActionFieldId, IndicatorIds, ObservationIds, LeadOfficeId, Status);

    /// <summary>Returns a copy with other indicators.</summary>
    /// <param name="indicatorIds">The indicators.</param>
    /// <returns>The new goal.</returns>
    public DistrictGoal WithIndicators(IEnumerable<ElementId<Indicator>> indicatorIds)
        => new(Id, Text, RefinedGoalIds, IsDistrictSpecific, ActionFieldId, indicatorIds, ObservationIds, LeadOfficeId, Status);

    /// <summary>Returns a copy with another lead office.</summary>
    /// <param name="leadOfficeId">The actor with the lead responsibility, or <see langword="null"/> for none.</param>
    /// <returns>The new goal.</returns>
    public DistrictGoal WithLeadOffice(ElementId<Actor>? leadOfficeId)
        => new(Id, Text, RefinedGoalIds, IsDistrictSpecific, ActionFieldId, IndicatorIds, ObservationIds, leadOfficeId, Status);

    /// <summary>Returns a copy with another recorded implementation status.</summary>
    /// <param name="status">The status, or <see langword="null"/> for none.</param>
    /// <returns>The new goal.</returns>
    public DistrictGoal WithStatus(RecordedStatus? status)
        => new(Id, Text, RefinedGoalIds, IsDistrictSpecific, ActionFieldId, IndicatorIds, ObservationIds, LeadOfficeId, status);
}
