using System.Collections.Generic;
using System.Linq;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>
/// A measure (Maßnahme) of the district plan: a concrete action with actors in roles, bodies, target groups,
/// a period and a status, the principles it applies, the district goals it serves and its indicators; the office
/// responsible for it in the administration (lead office), its budget, and the sub-areas of the district it serves.
/// </summary>
public sealed record Measure : IElement<Measure>
{
    /// <summary>Creates a measure.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The name, such as "Eine Reise um die Welt".</param>
    /// <param name="status">The status.</param>
    /// <param name="period">The period; <see langword="null"/> when not yet scheduled.</param>
    /// <param name="participations">The actors and their roles; a carrier leads the measure.</param>
    /// <param name="bodyIds">The bodies involved.</param>
    /// <param name="targetGroupIds">The target groups served.</param>
    /// <param name="goalIds">The district goals the measure serves.</param>
    /// <param name="principleIds">The city concept's principles the measure applies (resolved by the rule engine).</param>
    /// <param name="indicatorIds">The indicators that measure it.</param>
    /// <param name="approachId">The city concept's approach it implements, if any (resolved by the rule engine).</param>
    /// <param name="description">A description.</param>
    /// <param name="leadOfficeId">The actor with the lead responsibility in the administration (Federführung), if named; not the same as the carrier who runs the measure.</param>
    /// <param name="budget">The budget entries: money planned, approved and spent per year.</param>
    /// <param name="subAreaIds">The sub-areas of the district the measure serves (<see cref="District.SubAreas"/>).</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException">A list contains <see langword="null"/>; the message names the list and the position.</exception>
    public Measure(
        ElementId<Measure> id,
        string name,
        MeasureStatus status = MeasureStatus.Planned,
        Timeframe? period = null,
        IEnumerable<Participation>? participations = null,
        IEnumerable<ElementId<Body>>? bodyIds = null,
        IEnumerable<ElementId<TargetGroup>>? targetGroupIds = null,
        IEnumerable<ElementId<DistrictGoal>>? goalIds = null,
        IEnumerable<ElementId<Principle>>? principleIds = null,
        IEnumerable<ElementId<Indicator>>? indicatorIds = null,
        ElementId<Approach>? approachId = null,
        string? description = null,
        ElementId<Actor>? leadOfficeId = null,
        IEnumerable<BudgetEntry>? budget = null,
        IEnumerable<ElementId<SubArea>>? subAreaIds = null)
    {
        Id = id;
        Name = Guard.NotNull(name);
        Status = status;
        Period = period;
        Participations = participations.ToValueList();
        BodyIds = bodyIds.ToValueList();
        TargetGroupIds = targetGroupIds.ToValueList();
        GoalIds = goalIds.ToValueList();
        PrincipleIds = principleIds.ToValueList();
        IndicatorIds = indicatorIds.ToValueList();
        ApproachId = approachId;
        Description = description;
        LeadOfficeId = leadOfficeId;
        Budget = budget.ToValueList();
        SubAreaIds = subAreaIds.ToValueList();
    }

    /// <inheritdoc/>
    public ElementId<Measure> Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the status.</summary>
    public MeasureStatus Status { get; }

    /// <summary>Gets the period, or <see langword="null"/> when not scheduled.</summary>
    public Timeframe? Period { get; }

    /// <summary>Gets the actors and their roles.</summary>
    public ValueList<Participation> Participations { get; }

    /// <summary>Gets the bodies involved.</summary>
    public ValueList<ElementId<Body>> BodyIds { get; }

    /// <summary>Gets the target groups.</summary>
    public ValueList<ElementId<TargetGroup>> TargetGroupIds { get; }

    /// <summary>Gets the district goals the measure serves.</summary>
    public ValueList<ElementId<DistrictGoal>> GoalIds { get; }

    /// <summary>Gets the principles the measure applies.</summary>
    public ValueList<ElementId<Principle>> PrincipleIds { get; }

    /// <summary>Gets the indicators.</summary>
    public ValueList<ElementId<Indicator>> IndicatorIds { get; }

    /// <summary>Gets the city approach it implements, if any.</summary>
    public ElementId<Approach>? ApproachId { get; }

    /// <summary>Gets the description, if any.</summary>
    public string? Description { get; }

    /// <summary>Gets the actor with the lead responsibility in the administration (Federführung), if named.</summary>
    public ElementId<Actor>? LeadOfficeId { get; }

    /// <summary>Gets the budget entries.</summary>
    public ValueList<BudgetEntry> Budget { get; }

    /// <summary>Gets the sub-areas of the district the measure serves.</summary>
    public ValueList<ElementId<SubArea>> SubAreaIds { get; }

    /// <summary>Gets the actors in the role of carrier.</summary>
    public IEnumerable<ElementId<Actor>> CarrierIds => Participations.Where(p => p.Role == ParticipationRole.Carrier).Select(p => p.ActorId);

    /// <summary>Gets whether at least one actor is the carrier.</summary>
    public bool HasCarrier
    {
        get
        {
            foreach (var participation in Participations)
            {
                if (participation.Role == ParticipationRole.Carrier)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Returns a copy with another status.</summary>
    /// <param name="status">The new status.</param>
    /// <returns>The new measure.</returns>
    public Measure WithStatus(MeasureStatus status)
        => new(Id, Name, status, Period, Participations, BodyIds, TargetGroupIds, GoalIds, PrincipleIds, IndicatorIds, ApproachId, Description, LeadOfficeId, Budget, SubAreaIds);

    /// <summary>Returns a copy with another period.</summary>
    /// <param name="period">The new period, or <see langword="null"/> for none.</param>
    /// <returns>The new measure.</returns>
    public Measure WithPeriod(Timeframe? period)
        => new(Id, Name, Status, period, Participations, BodyIds, TargetGroupIds, GoalIds, PrincipleIds, IndicatorIds, ApproachId, Description, LeadOfficeId, Budget, SubAreaIds);

    /// <summary>Returns a copy with other participations.</summary>
    /// <param name="participations">The actors and their roles.</param>
    /// <returns>The new measure.</returns>
    public Measure WithParticipations(IEnumerable<Participation> participations)
        => new(Id, Name, Status, Period, participations, BodyIds, TargetGroupIds, GoalIds, PrincipleIds, IndicatorIds, ApproachId, Description, LeadOfficeId, Budget, SubAreaIds);

    /// <summary>Returns a copy serving other district goals.</summary>
    /// <param name="goalIds">The district goals.</param>
    /// <returns>The new measure.</returns>
    public Measure WithGoals(IEnumerable<ElementId<DistrictGoal>> goalIds)
        => new(Id, Name, Status, Period, Participations, BodyIds, TargetGroupIds, goalIds, PrincipleIds, IndicatorIds, ApproachId, Description, LeadOfficeId, Budget, SubAreaIds);

    /// <summary>Returns a copy with other indicators.</summary>
    /// <param name="indicatorIds">The indicators.</param>
    /// <returns>The new measure.</returns>
    public Measure WithIndicators(IEnumerable<ElementId<Indicator>> indicatorIds)
        => new(Id, Name, Status, Period, Participations, BodyIds, TargetGroupIds, GoalIds, PrincipleIds, indicatorIds, ApproachId, Description, LeadOfficeId, Budget, SubAreaIds);

    /// <summary>Returns a copy with another lead office.</summary>
    /// <param name="leadOfficeId">The actor with the lead responsibility, or <see langword="null"/> for none.</param>
    /// <returns>The new measure.</returns>
    public Measure WithLeadOffice(ElementId<Actor>? leadOfficeId)
        => new(Id, Name, Status, Period, Participations, BodyIds, TargetGroupIds, GoalIds, PrincipleIds, IndicatorIds, ApproachId, Description, leadOfficeId, Budget, SubAreaIds);

    /// <summary>Returns a copy with other budget entries.</summary>
    /// <param name="budget">The budget entries.</param>
    /// <returns>The new measure.</returns>
    public Measure WithBudget(IEnumerable<BudgetEntry> budget)
        => new(Id, Name, Status, Period, Participations, BodyIds, TargetGroupIds, GoalIds, PrincipleIds, IndicatorIds, ApproachId, Description, LeadOfficeId, budget, SubAreaIds);

    /// <summary>Returns a copy serving other sub-areas.</summary>
    /// <param name="subAreaIds">The sub-areas.</param>
    /// <returns>The new measure.</returns>
    public Measure WithSubAreas(IEnumerable<ElementId<SubArea>> subAreaIds)
        => new(Id, Name, Status, Period, Participations, BodyIds, TargetGroupIds, GoalIds, PrincipleIds, IndicatorIds, ApproachId, Description, LeadOfficeId, Budget, subAreaIds);
}
