using System.Collections.Generic;
using NodaTime;

namespace IntegrationConcept.Model.Building;

/// <summary>Describes one district goal for <see cref="DistrictPlanBuilder.AddGoal(string, string, System.Action{DistrictGoalBuilder})"/>.</summary>
public sealed class DistrictGoalBuilder
{
    private readonly List<ElementId<Goal>> _refined = new();
    private readonly List<ElementId<Indicator>> _indicators = new();
    private readonly List<ElementId<Observation>> _observations = new();
    private bool _districtSpecific;
    private ElementId<ActionField>? _actionField;
    private ElementId<Actor>? _leadOffice;
    private RecordedStatus? _status;

    internal DistrictGoalBuilder()
    {
    }

    /// <summary>Adds the city goals the goal refines.</summary>
    /// <param name="goalIds">The city goals.</param>
    /// <returns>This builder.</returns>
    public DistrictGoalBuilder Refines(params string[] goalIds)
    {
        _refined.AddRange(Ids.Of<Goal>(goalIds));
        return this;
    }

    /// <summary>Marks the goal as the district's own (a potential for the city concept), in an action field.</summary>
    /// <param name="actionFieldId">The city action field, if any.</param>
    /// <returns>This builder.</returns>
    public DistrictGoalBuilder DistrictSpecific(string? actionFieldId = null)
    {
        _districtSpecific = true;
        _actionField = actionFieldId is null ? null : new ElementId<ActionField>(actionFieldId);
        return this;
    }

    /// <summary>Adds indicators that measure the goal directly.</summary>
    /// <param name="indicatorIds">The indicators.</param>
    /// <returns>This builder.</returns>
    public DistrictGoalBuilder MeasuredBy(params string[] indicatorIds)
    {
        _indicators.AddRange(Ids.Of<Indicator>(indicatorIds));
        return this;
    }

    /// <summary>Adds the needs and potentials the goal answers.</summary>
    /// <param name="observationIds">The observations.</param>
    /// <returns>This builder.</returns>
    public DistrictGoalBuilder Answers(params string[] observationIds)
    {
        _observations.AddRange(Ids.Of<Observation>(observationIds));
        return this;
    }

    /// <summary>Names the actor with the lead responsibility in the administration (Federführung).</summary>
    /// <param name="actorId">The actor.</param>
    /// <returns>This builder.</returns>
    public DistrictGoalBuilder LeadOffice(string actorId)
    {
        _leadOffice = new ElementId<Actor>(actorId);
        return this;
    }

    /// <summary>Records the implementation status the planners assessed (Umsetzungsstand).</summary>
    /// <param name="status">The status.</param>
    /// <param name="asOf">The date of the assessment.</param>
    /// <param name="comment">A comment, if any.</param>
    /// <returns>This builder.</returns>
    public DistrictGoalBuilder Status(ImplementationStatus status, LocalDate asOf, string? comment = null)
    {
        _status = new RecordedStatus(status, asOf, comment);
        return this;
    }

    internal DistrictGoal Build(ElementId<DistrictGoal> id, string text)
        => new(id, text, _refined, _districtSpecific, _actionField, _indicators, _observations, _leadOffice, _status);
}
