using System.Collections.Generic;
using NodaTime;

namespace IntegrationConcept.Model.Building;

/// <summary>Describes one indicator for <see cref="DistrictPlanBuilder.AddIndicator"/>.</summary>
public sealed class IndicatorBuilder
{
    private readonly List<DataPoint> _targets = new();
    private readonly List<DataPoint> _measurements = new();
    private string? _definition;
    private string? _unit;
    private DataPoint? _baseline;
    private string? _source;
    private SpatialLevel _level = SpatialLevel.District;
    private CatalogueReference? _catalogue;
    private MeasurementFrequency? _frequency;
    private readonly List<string> _breakdowns = new();
    private readonly List<string> _areaKeys = new();

    internal IndicatorBuilder()
    {
    }

    /// <summary>Sets the definition.</summary>
    /// <param name="definition">What is counted and how.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder Definition(string definition)
    {
        _definition = definition;
        return this;
    }

    /// <summary>Sets the unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder Unit(string unit)
    {
        _unit = unit;
        return this;
    }

    /// <summary>Sets the baseline.</summary>
    /// <param name="date">The date.</param>
    /// <param name="value">The value; <see langword="null"/> for a qualitative indicator.</param>
    /// <param name="comment">A comment; the assessment for a qualitative indicator.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder Baseline(LocalDate date, decimal? value, string? comment = null)
    {
        _baseline = new DataPoint(date, value, comment);
        return this;
    }

    /// <summary>Adds a target.</summary>
    /// <param name="date">The date by which to reach it.</param>
    /// <param name="value">The value; <see langword="null"/> for a qualitative indicator.</param>
    /// <param name="comment">A comment; the aim for a qualitative indicator.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder Target(LocalDate date, decimal? value, string? comment = null)
    {
        _targets.Add(new DataPoint(date, value, comment));
        return this;
    }

    /// <summary>Adds a measurement.</summary>
    /// <param name="date">The date measured.</param>
    /// <param name="value">The value; <see langword="null"/> for a qualitative indicator.</param>
    /// <param name="comment">A comment; the assessment for a qualitative indicator.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder Measurement(LocalDate date, decimal? value, string? comment = null)
    {
        _measurements.Add(new DataPoint(date, value, comment));
        return this;
    }

    /// <summary>Sets where the figures come from.</summary>
    /// <param name="dataSource">The data source.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder Source(string dataSource)
    {
        _source = dataSource;
        return this;
    }

    /// <summary>Sets the spatial level; the default is <see cref="SpatialLevel.District"/>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder Level(SpatialLevel level)
    {
        _level = level;
        return this;
    }

    /// <summary>Names where the indicator is defined in a published catalogue.</summary>
    /// <param name="code">The code there, such as "C2a".</param>
    /// <param name="catalogue">The catalogue, such as "Integrationsmonitoring der Länder".</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder Catalogue(string code, string catalogue)
    {
        _catalogue = new CatalogueReference(code, catalogue);
        return this;
    }

    /// <summary>Sets how often the indicator is measured or published.</summary>
    /// <param name="frequency">The frequency.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder Frequency(MeasurementFrequency frequency)
    {
        _frequency = frequency;
        return this;
    }

    /// <summary>Adds the breakdowns the figures come in.</summary>
    /// <param name="breakdowns">The breakdowns, such as "Geschlecht".</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder BrokenDownBy(params string[] breakdowns)
    {
        _breakdowns.AddRange(breakdowns);
        return this;
    }

    /// <summary>Adds the keys of the areas the indicator is measured for, such as statistical district keys.</summary>
    /// <param name="areaKeys">The keys.</param>
    /// <returns>This builder.</returns>
    public IndicatorBuilder Areas(params string[] areaKeys)
    {
        _areaKeys.AddRange(areaKeys);
        return this;
    }

    internal Indicator Build(ElementId<Indicator> id, string name, IndicatorMeasureType type, IndicatorDirection direction)
        => new(id, name, type, direction, _definition, _unit, _baseline, _targets, _measurements, _source, _level, _catalogue, _frequency, _breakdowns, _areaKeys);
}
