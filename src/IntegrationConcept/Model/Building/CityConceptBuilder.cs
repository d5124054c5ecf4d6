using System.Collections.Generic;
using IntegrationConcept.Internal;
using IntegrationConcept.Model.Validation;

namespace IntegrationConcept.Model.Building;

/// <summary>
/// Writes a <see cref="CityConcept"/> in code, element by element, and checks it all at once in <see cref="Build"/>.
/// </summary>
/// <example>
/// <code>
/// var concept = new CityConceptBuilder("Integrationskonzept", new Municipality("Trier"),
///         new ConceptVersion("2011-12", ConceptStatus.Adopted, new LocalDate(2011, 12, 13), "Stadtrat"))
///     .AddPrinciple("G-1", "Beteiligung von Menschen mit und ohne Migrationshintergrund")
///     .AddActionField("BS", "Bildung und Sprache", "Education and language")
///     .AddGoal("BS-1", "BS", "Sprachförderung in der Kita so früh wie möglich")
///     .Build();
/// </code>
/// </example>
public sealed class CityConceptBuilder
{
    private readonly string _title;
    private readonly Municipality _municipality;
    private readonly ConceptVersion _version;
    private readonly List<Principle> _principles = new();
    private readonly List<ActionField> _actionFields = new();
    private readonly List<Goal> _goals = new();
    private readonly List<Approach> _approaches = new();
    private readonly List<CityMeasure> _measures = new();
    private readonly List<Indicator> _indicators = new();
    private readonly List<PreviousVersion> _previousVersions = new();

    /// <summary>Starts a concept.</summary>
    /// <param name="title">The title.</param>
    /// <param name="municipality">The municipality.</param>
    /// <param name="version">The version.</param>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public CityConceptBuilder(string title, Municipality municipality, ConceptVersion version)
    {
        _title = Guard.NotNull(title);
        _municipality = Guard.NotNull(municipality);
        _version = Guard.NotNull(version);
    }

    /// <summary>Adds a principle.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The short name.</param>
    /// <param name="description">The full wording.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="id"/> is blank.</exception>
    public CityConceptBuilder AddPrinciple(string id, string name, string? description = null)
        => Add(new Principle(new ElementId<Principle>(id), name, description));

    /// <summary>Adds an action field.</summary>
    /// <param name="id">The code.</param>
    /// <param name="name">The German name.</param>
    /// <param name="englishName">The English name.</param>
    /// <param name="description">A description.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="id"/> is blank.</exception>
    public CityConceptBuilder AddActionField(string id, string name, string? englishName = null, string? description = null)
        => Add(new ActionField(new ElementId<ActionField>(id), name, englishName, description));

    /// <summary>Adds a goal to an action field.</summary>
    /// <param name="id">The code.</param>
    /// <param name="actionFieldId">The action field.</param>
    /// <param name="text">The wording.</param>
    /// <param name="level">The level in the goal hierarchy.</param>
    /// <param name="parentId">The higher goal this one details.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentException">An id is blank.</exception>
    public CityConceptBuilder AddGoal(string id, string actionFieldId, string text, GoalLevel? level = null, string? parentId = null)
        => Add(new Goal(
            new ElementId<Goal>(id),
            new ElementId<ActionField>(actionFieldId),
            text,
            level,
            parentId is null ? null : new ElementId<Goal>(parentId)));

    /// <summary>Adds an approach.</summary>
    /// <param name="id">The id.</param>
    /// <param name="actionFieldId">The action field.</param>
    /// <param name="name">The name.</param>
    /// <param name="goalIds">The goals it pursues.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentException">An id is blank.</exception>
    public CityConceptBuilder AddApproach(string id, string actionFieldId, string name, params string[] goalIds)
        => Add(new Approach(new ElementId<Approach>(id), new ElementId<ActionField>(actionFieldId), name, Ids.Of<Goal>(goalIds)));

    /// <summary>Adds a measure of the city itself.</summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The name.</param>
    /// <param name="approachId">The approach it belongs to, if any.</param>
    /// <param name="goalIds">The goals it serves.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentException">An id is blank.</exception>
    public CityConceptBuilder AddMeasure(string id, string name, string? approachId = null, params string[] goalIds)
        => Add(new CityMeasure(
            new ElementId<CityMeasure>(id),
            name,
            approachId is null ? null : new ElementId<Approach>(approachId),
            Ids.Of<Goal>(goalIds)));

    /// <summary>Adds a principle built elsewhere.</summary>
    /// <param name="principle">The principle.</param>
    /// <returns>This builder.</returns>
    public CityConceptBuilder Add(Principle principle) => Append(_principles, principle);

    /// <summary>Adds an action field built elsewhere.</summary>
    /// <param name="actionField">The action field.</param>
    /// <returns>This builder.</returns>
    public CityConceptBuilder Add(ActionField actionField) => Append(_actionFields, actionField);

    /// <summary>Adds a goal built elsewhere.</summary>
    /// <param name="goal">The goal.</param>
    /// <returns>This builder.</returns>
    public CityConceptBuilder Add(Goal goal) => Append(_goals, goal);

    /// <summary>Adds an approach built elsewhere.</summary>
    /// <param name="approach">The approach.</param>
    /// <returns>This builder.</returns>
    public CityConceptBuilder Add(Approach approach) => Append(_approaches, approach);

    /// <summary>Adds a city measure built elsewhere.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>This builder.</returns>
    public CityConceptBuilder Add(CityMeasure measure) => Append(_measures, measure);

    /// <summary>Checks everything added and creates the concept.</summary>
    /// <returns>The concept.</returns>
    /// <exception cref="ModelValidationException">The concept has structural problems; every one is listed with its element id.</exception>
    public CityConcept Build() => new(_title, _municipality, _version, _principles, _actionFields, _goals, _approaches, _measures, _indicators, _previousVersions);

    /// <summary>Adds a city-level indicator.</summary>
    /// <param name="id">The id or code.</param>
    /// <param name="name">The name.</param>
    /// <param name="measureType">Quantitative, percentage or qualitative.</param>
    /// <param name="direction">Which way the value should move.</param>
    /// <param name="configure">Sets catalogue reference, unit, level, breakdowns, baseline, targets and measurements.</param>
    /// <returns>This builder.</returns>
    public CityConceptBuilder AddIndicator(string id, string name, IndicatorMeasureType measureType, IndicatorDirection direction, System.Action<IndicatorBuilder>? configure = null)
    {
        var builder = new IndicatorBuilder();
        builder.Level(SpatialLevel.City);
        configure?.Invoke(builder);
        return Append(_indicators, builder.Build(new ElementId<Indicator>(id), name, measureType, direction));
    }

    /// <summary>Adds an earlier version of the concept with the goals as they stood in it.</summary>
    /// <param name="version">The earlier version.</param>
    /// <param name="configure">Adds the goals of that version.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="version"/> is <see langword="null"/>.</exception>
    public CityConceptBuilder AddPreviousVersion(ConceptVersion version, System.Action<PreviousVersionBuilder>? configure = null)
    {
        var builder = new PreviousVersionBuilder();
        configure?.Invoke(builder);
        return Append(_previousVersions, builder.Build(Guard.NotNull(version)));
    }

    /// <summary>Adds an indicator.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>This builder.</returns>
    public CityConceptBuilder Add(Indicator indicator) => Append(_indicators, indicator);

    /// <summary>Adds an earlier version.</summary>
    /// <param name="previousVersion">The earlier version.</param>
    /// <returns>This builder.</returns>
    public CityConceptBuilder Add(PreviousVersion previousVersion) => Append(_previousVersions, previousVersion);

    private CityConceptBuilder Append<T>(List<T> list, T item)
        where T : class
    {
        list.Add(Guard.NotNull(item));
        return this;
    }
}
