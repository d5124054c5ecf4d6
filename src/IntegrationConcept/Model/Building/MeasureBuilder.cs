using System.Collections.Generic;
using NodaTime;

namespace IntegrationConcept.Model.Building;

/// <summary>Describes one measure for <see cref="DistrictPlanBuilder.AddMeasure"/>.</summary>
public sealed class MeasureBuilder
{
    private readonly List<Participation> _participations = new();
    private readonly List<ElementId<Body>> _bodies = new();
    private readonly List<ElementId<TargetGroup>> _targetGroups = new();
    private readonly List<ElementId<DistrictGoal>> _goals = new();
    private readonly List<ElementId<Principle>> _principles = new();
    private readonly List<ElementId<Indicator>> _indicators = new();
    private MeasureStatus _status = MeasureStatus.Planned;
    private Timeframe? _period;
    private ElementId<Approach>? _approach;
    private string? _description;
    private ElementId<Actor>? _leadOffice;
    private readonly List<BudgetEntry> _budget = new();
    private readonly List<ElementId<SubArea>> _subAreas = new();

    internal MeasureBuilder()
    {
    }

    /// <summary>Names the carrier that leads the measure.</summary>
    /// <param name="actorId">The actor.</param>
    /// <returns>This builder.</returns>
    public MeasureBuilder Carrier(string actorId) => Participant(actorId, ParticipationRole.Carrier);

    /// <summary>Adds a partner.</summary>
    /// <param name="actorId">The actor.</param>
    /// <returns>This builder.</returns>
    public MeasureBuilder Partner(string actorId) => Participant(actorId, ParticipationRole.Partner);

    /// <summary>Adds an actor in a role.</summary>
    /// <param name="actorId">The actor.</param>
    /// <param name="role">The role.</param>
    /// <returns>This builder.</returns>
    public MeasureBuilder Participant(string actorId, ParticipationRole role)
    {
        _participations.Add(new Participation(new ElementId<Actor>(actorId), role));
        return this;
    }

    /// <summary>Adds the bodies involved.</summary>
    /// <param name="bodyIds">The bodies.</param>
    /// <returns>This builder.</returns>
    public MeasureBuilder Bodies(params string[] bodyIds)
    {
        _bodies.AddRange(Ids.Of<Body>(bodyIds));
        return this;
    }

    /// <summary>Adds target groups.</summary>
    /// <param name="targetGroupIds">The target groups.</param>
    /// <returns>This builder.</returns>
    public MeasureBuilder For(params string[] targetGroupIds)
    {
        _targetGroups.AddRange(Ids.Of<TargetGroup>(targetGroupIds));
        return this;
    }

    /// <summary>Adds the district goals the measure serves.</summary>
    /// <param name="goalIds">The district goals.</param>
    /// <returns>This builder.</returns>
    public MeasureBuilder Serves(params string[] goalIds)
    {
        _goals.AddRange(Ids.Of<DistrictGoal>(goalIds));
        return this;
    }

    /// <summary>Adds the city principles the measure applies.</summary>
    /// <param name="principleIds">The principles.</param>
    /// <returns>This builder.</returns>
    public MeasureBuilder Applies(params string[] principleIds)
    {
        _principles.AddRange(Ids.Of<Principle>(principleIds));
        return this;
    }

    /// <summary>Adds indicators.</summary>
    /// <param name="indicatorIds">The indicators.</param>
    /// <returns>This builder.</returns>
    public MeasureBuilder MeasuredBy(params string[] indicatorIds)
    {
        _indicators.AddRange(Ids.Of<Indicator>(indicatorIds));
        return this;
    }

    /// <summary>Sets the period.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, or <see langword="null"/> for an open end.</param>
    /// <returns>This builder.</returns>
    public MeasureBuilder Period(LocalDate start, LocalDate? end = null)
    {
        _period = new Timeframe(start, end);
        return this;
    }

    /// <summary>Sets the status; the default is <see cref="MeasureStatus.Planned"/>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>This builder.</returns>
    public MeasureBuilder Status(MeasureStatus status)
    {
        _status = status;
        return this;
    }

    /// <summary>Names the city approach the measure implements.</summary>
    /// <param name="approachId">The approach.</param>
    /// <returns>This builder.</returns>
    public MeasureBuilder Implements(string approachId)
    {
        _approach = new ElementId<Approach>(approachId);
        return this;
    }

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description.</param>
    /// <returns>This builder.</returns>
    public MeasureBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Names the actor with the lead responsibility in the administration (Federführung); not the carrier.</summary>
    /// <param name="actorId">The actor, usually an office of the administration.</param>
    /// <returns>This builder.</returns>
    public MeasureBuilder LeadOffice(string actorId)
    {
        _leadOffice = new ElementId<Actor>(actorId);
        return this;
    }

    /// <summary>Adds a budget entry: an amount in euros for a year, planned, approved or spent.</summary>
    /// <param name="year">The budget year.</param>
    /// <param name="kind">Planned, approved or spent.</param>
    /// <param name="amountEur">The amount in euros.</param>
    /// <param name="fundingProgramme">The funding programme, if any.</param>
    /// <param name="funder">The funder, if given.</param>
    /// <param name="budgetLine">The budget line (Haushaltsstelle), if any.</param>
    /// <param name="comment">A comment, if any.</param>
    /// <returns>This builder.</returns>
    public MeasureBuilder Budget(int year, BudgetKind kind, decimal amountEur, string? fundingProgramme = null, string? funder = null, string? budgetLine = null, string? comment = null)
    {
        _budget.Add(new BudgetEntry(year, kind, amountEur, fundingProgramme, funder, budgetLine, comment));
        return this;
    }

    /// <summary>Adds the sub-areas of the district the measure serves.</summary>
    /// <param name="subAreaIds">The keys of the sub-areas.</param>
    /// <returns>This builder.</returns>
    public MeasureBuilder InAreas(params string[] subAreaIds)
    {
        _subAreas.AddRange(Ids.Of<SubArea>(subAreaIds));
        return this;
    }

    internal Measure Build(ElementId<Measure> id, string name)
        => new(id, name, _status, _period, _participations, _bodies, _targetGroups, _goals, _principles, _indicators, _approach, _description, _leadOffice, _budget, _subAreas);
}
