using System;
using System.Collections.Generic;
using IntegrationConcept.Internal;
using IntegrationConcept.Model.Validation;

namespace IntegrationConcept.Model.Building;

/// <summary>
/// Writes a <see cref="DistrictPlan"/> in code, element by element, and checks it all at once in <see cref="Build"/>.
/// </summary>
/// <example>
/// <code>
/// var plan = new DistrictPlanBuilder("Stadtteilkonzept Ehrang/Quint", new District("Ehrang/Quint"),
///         new ConceptReference("Trier", "2011-12"))
///     .AddActor("beirat", "Beirat für Migration und Integration", ActorKind.AdvisoryCouncil)
///     .AddGoal("EQ-1", "Kinder lernen Vielfalt kennen", "BS-1")
///     .AddMeasure("M-1", "Eine Reise um die Welt", m => m
///         .Carrier("beirat")
///         .Serves("EQ-1")
///         .Period(new LocalDate(2011, 9, 1), new LocalDate(2011, 12, 15))
///         .Status(MeasureStatus.Completed))
///     .Build();
/// </code>
/// </example>
public sealed class DistrictPlanBuilder
{
    private readonly string _title;
    private readonly District _district;
    private readonly ConceptReference _concept;
    private readonly List<Observation> _observations = new();
    private readonly List<DistrictGoal> _goals = new();
    private readonly List<Measure> _measures = new();
    private readonly List<Actor> _actors = new();
    private readonly List<Body> _bodies = new();
    private readonly List<TargetGroup> _targetGroups = new();
    private readonly List<Indicator> _indicators = new();
    private readonly List<OutOfScopeDeclaration> _outOfScope = new();
    private readonly List<Suppression> _suppressions = new();
    private Timeframe? _validity;

    /// <summary>Starts a plan.</summary>
    /// <param name="title">The title.</param>
    /// <param name="district">The district.</param>
    /// <param name="concept">The city concept and version it takes up.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public DistrictPlanBuilder(string title, District district, ConceptReference concept)
    {
        _title = Guard.NotNull(title);
        _district = Guard.NotNull(district);
        _concept = Guard.NotNull(concept);
    }

    /// <summary>Sets the period the plan covers.</summary>
    /// <param name="validity">The period.</param>
    /// <returns>This builder.</returns>
    public DistrictPlanBuilder ValidFor(Timeframe validity)
    {
        _validity = Guard.NotNull(validity);
        return this;
    }

    /// <summary>Adds a need or potential found in the data collection.</summary>
    /// <param name="id">The id.</param>
    /// <param name="kind">Need or potential.</param>
    /// <param name="text">What was found.</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="actionFieldId">The city action field it concerns, if any.</param>
    /// <returns>This builder.</returns>
    public DistrictPlanBuilder AddObservation(string id, ObservationKind kind, string text, string source, string? actionFieldId = null)
        => Append(_observations, new Observation(
            new ElementId<Observation>(id), kind, text, source, actionFieldId is null ? null : new ElementId<ActionField>(actionFieldId)));

    /// <summary>Adds a district goal that refines city goals.</summary>
    /// <param name="id">The id.</param>
    /// <param name="text">The wording.</param>
    /// <param name="refinedGoalIds">The city goals it refines; at least one.</param>
    /// <returns>This builder.</returns>
    public DistrictPlanBuilder AddGoal(string id, string text, params string[] refinedGoalIds)
        => Append(_goals, new DistrictGoal(new ElementId<DistrictGoal>(id), text, Ids.Of<Goal>(refinedGoalIds)));

    /// <summary>Adds a district goal that refines city goals, with its indicators and the needs it answers.</summary>
    /// <param name="id">The id.</param>
    /// <param name="text">The wording.</param>
    /// <param name="refinedGoalIds">The city goals it refines.</param>
    /// <param name="indicatorIds">The indicators that measure it.</param>
    /// <param name="observationIds">The needs and potentials it answers.</param>
    /// <returns>This builder.</returns>
    public DistrictPlanBuilder AddGoal(string id, string text, IEnumerable<string> refinedGoalIds, IEnumerable<string>? indicatorIds, IEnumerable<string>? observationIds = null)
        => Append(_goals, new DistrictGoal(
            new ElementId<DistrictGoal>(id), text, Ids.Of<Goal>(refinedGoalIds), false, null, Ids.Of<Indicator>(indicatorIds), Ids.Of<Observation>(observationIds)));

    /// <summary>Adds a goal of the district's own that refines no city goal: a potential for the city concept.</summary>
    /// <param name="id">The id.</param>
    /// <param name="text">The wording.</param>
    /// <param name="actionFieldId">The city action field it belongs to, if any.</param>
    /// <param name="indicatorIds">The indicators that measure it.</param>
    /// <returns>This builder.</returns>
    public DistrictPlanBuilder AddDistrictSpecificGoal(string id, string text, string? actionFieldId = null, params string[] indicatorIds)
        => Append(_goals, new DistrictGoal(
            new ElementId<DistrictGoal>(id), text, null, true, actionFieldId is null ? null : new ElementId<ActionField>(actionFieldId), Ids.Of<Indicator>(indicatorIds)));

    /// <summary>Adds a measure.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The name.</param>
    /// <param name="configure">Describes the measure: carrier, period, goals, target groups, ...</param>
    /// <returns>This builder.</returns>
    public DistrictPlanBuilder AddMeasure(string id, string name, Action<MeasureBuilder>? configure = null)
    {
        var builder = new MeasureBuilder();
        configure?.Invoke(builder);
        return Append(_measures, builder.Build(new ElementId<Measure>(id), name));
    }

    /// <summary>Adds an actor.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The name.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="description">A description.</param>
    /// <returns>This builder.</returns>
    public DistrictPlanBuilder AddActor(string id, string name, ActorKind kind, string? description = null)
        => Append(_actors, new Actor(new ElementId<Actor>(id), name, kind, description));

    /// <summary>Adds a body with its member actors.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The name.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="memberIds">The member actors.</param>
    /// <returns>This builder.</returns>
    public DistrictPlanBuilder AddBody(string id, string name, BodyKind kind, params string[] memberIds)
        => Append(_bodies, new Body(new ElementId<Body>(id), name, kind, Ids.Of<Actor>(memberIds)));

    /// <summary>Adds a target group.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The name.</param>
    /// <param name="migrationBackground">Whom the group comprises with respect to a migration background or an immigration history.</param>
    /// <param name="migrationTerm">The term <paramref name="migrationBackground"/> is meant in: "Migrationshintergrund" (the default) or "Einwanderungsgeschichte".</param>
    /// <returns>This builder.</returns>
    public DistrictPlanBuilder AddTargetGroup(string id, string name, MigrationBackground migrationBackground = MigrationBackground.Unspecified, MigrationTerm migrationTerm = MigrationTerm.MigrationBackground)
        => Append(_targetGroups, new TargetGroup(new ElementId<TargetGroup>(id), name, migrationBackground, null, migrationTerm));

    /// <summary>Adds a district goal described by a <see cref="DistrictGoalBuilder"/>: city goals it refines, indicators, lead office, recorded status.</summary>
    /// <param name="id">The id.</param>
    /// <param name="text">The goal's wording.</param>
    /// <param name="configure">Describes the goal.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="configure"/> is <see langword="null"/>.</exception>
    public DistrictPlanBuilder AddGoal(string id, string text, Action<DistrictGoalBuilder> configure)
    {
        var builder = new DistrictGoalBuilder();
        Guard.NotNull(configure)(builder);
        return Append(_goals, builder.Build(new ElementId<DistrictGoal>(id), text));
    }

    /// <summary>Adds an indicator.</summary>
    /// <param name="id">The code.</param>
    /// <param name="name">The name.</param>
    /// <param name="measureType">Quantitative, percentage or qualitative.</param>
    /// <param name="direction">Which way the value should move.</param>
    /// <param name="configure">Describes the indicator: unit, baseline, targets, measurements, source.</param>
    /// <returns>This builder.</returns>
    public DistrictPlanBuilder AddIndicator(string id, string name, IndicatorMeasureType measureType, IndicatorDirection direction, Action<IndicatorBuilder>? configure = null)
    {
        var builder = new IndicatorBuilder();
        configure?.Invoke(builder);
        return Append(_indicators, builder.Build(new ElementId<Indicator>(id), name, measureType, direction));
    }

    /// <summary>Declares a city element not applicable to the district.</summary>
    /// <param name="kind">Action field, goal or principle.</param>
    /// <param name="elementId">The city element's id.</param>
    /// <param name="justification">Why it does not apply.</param>
    /// <returns>This builder.</returns>
    public DistrictPlanBuilder DeclareOutOfScope(ElementKind kind, string elementId, string justification)
        => Append(_outOfScope, new OutOfScopeDeclaration(kind, elementId, justification));

    /// <summary>Suppresses one rule finding on one element, with a justification.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="elementId">The element's id.</param>
    /// <param name="justification">Why the finding does not apply.</param>
    /// <returns>This builder.</returns>
    public DistrictPlanBuilder Suppress(string ruleId, string elementId, string justification)
        => Append(_suppressions, new Suppression(ruleId, elementId, justification));

    /// <summary>Adds a district goal built elsewhere.</summary>
    /// <param name="goal">The goal.</param>
    /// <returns>This builder.</returns>
    public DistrictPlanBuilder Add(DistrictGoal goal) => Append(_goals, goal);

    /// <summary>Adds a measure built elsewhere.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>This builder.</returns>
    public DistrictPlanBuilder Add(Measure measure) => Append(_measures, measure);

    /// <summary>Adds an indicator built elsewhere.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>This builder.</returns>
    public DistrictPlanBuilder Add(Indicator indicator) => Append(_indicators, indicator);

    /// <summary>Checks everything added and creates the plan.</summary>
    /// <returns>The plan.</returns>
    /// <exception cref="ModelValidationException">The plan has structural problems; every one is listed with its element id.</exception>
    public DistrictPlan Build()
        => new(_title, _district, _concept, _validity, _observations, _goals, _measures, _actors, _bodies, _targetGroups, _indicators, _outOfScope, _suppressions);

    private DistrictPlanBuilder Append<T>(List<T> list, T item)
        where T : class
    {
        list.Add(Guard.NotNull(item));
        return this;
    }
}
