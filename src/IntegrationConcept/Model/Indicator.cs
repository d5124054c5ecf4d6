using System.Collections.Generic;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>
/// An indicator (Indikator): a measurable value with a definition and unit, the direction it should move,
/// a baseline, targets and measurements over time, and the source its figures come from.
/// </summary>
/// <remarks>
/// A <see cref="IndicatorMeasureType.Qualitative"/> indicator's baseline, targets and measurements carry a
/// comment and no value. A district-level indicator often has no official source and must say where its
/// figures come from (<see cref="DataSource"/>). Each data point's date is the reference date (Stichtag) of its value.
/// A city-level indicator sits on the city concept (<see cref="CityConcept.Indicators"/>); it may name where it is
/// defined in a published catalogue (<see cref="Catalogue"/>), how often it is published, the breakdowns its figures
/// come in, and the area keys it covers.
/// </remarks>
public sealed record Indicator : IElement<Indicator>
{
    /// <summary>Creates an indicator.</summary>
    /// <param name="id">The code, such as "C2a".</param>
    /// <param name="name">The name.</param>
    /// <param name="measureType">Quantitative, percentage or qualitative.</param>
    /// <param name="direction">Which way the value should move.</param>
    /// <param name="definition">The definition: what is counted and how.</param>
    /// <param name="unit">The unit, such as "Kinder" or "%".</param>
    /// <param name="baseline">The value at the start.</param>
    /// <param name="targets">The values to reach, by date.</param>
    /// <param name="measurements">The values measured, by date.</param>
    /// <param name="dataSource">Where the figures come from.</param>
    /// <param name="spatialLevel">The level the indicator is measured at.</param>
    /// <param name="catalogue">Where the indicator is defined in a published catalogue, if it is.</param>
    /// <param name="frequency">How often it is measured or published, if known.</param>
    /// <param name="breakdowns">The breakdowns its figures come in, such as "Geschlecht", "Altersgruppe", "mit/ohne Einwanderungsgeschichte".</param>
    /// <param name="areaKeys">The keys of the areas it is measured for: statistical district keys for <see cref="SpatialLevel.SubArea"/>, district or municipality keys otherwise.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException">A list contains <see langword="null"/>; the message names the list and the position.</exception>
    public Indicator(
        ElementId<Indicator> id,
        string name,
        IndicatorMeasureType measureType,
        IndicatorDirection direction,
        string? definition = null,
        string? unit = null,
        DataPoint? baseline = null,
        IEnumerable<DataPoint>? targets = null,
        IEnumerable<DataPoint>? measurements = null,
        string? dataSource = null,
        SpatialLevel spatialLevel = SpatialLevel.District,
        CatalogueReference? catalogue = null,
        MeasurementFrequency? frequency = null,
        IEnumerable<string>? breakdowns = null,
        IEnumerable<string>? areaKeys = null)
    {
        Id = id;
        Name = Guard.NotNull(name);
        MeasureType = measureType;
        Direction = direction;
        Definition = definition;
        Unit = unit;
        Baseline = baseline;
        Targets = targets.ToValueList();
        Measurements = measurements.ToValueList();
        DataSource = dataSource;
        SpatialLevel = spatialLevel;
        Catalogue = catalogue;
        Frequency = frequency;
        Breakdowns = breakdowns.ToValueList();
        AreaKeys = areaKeys.ToValueList();
    }

    /// <inheritdoc/>
    public ElementId<Indicator> Id { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the measure type.</summary>
    public IndicatorMeasureType MeasureType { get; }

    /// <summary>Gets the direction.</summary>
    public IndicatorDirection Direction { get; }

    /// <summary>Gets the definition, if any.</summary>
    public string? Definition { get; }

    /// <summary>Gets the unit, if any.</summary>
    public string? Unit { get; }

    /// <summary>Gets the baseline, if set.</summary>
    public DataPoint? Baseline { get; }

    /// <summary>Gets the targets, by date.</summary>
    public ValueList<DataPoint> Targets { get; }

    /// <summary>Gets the measurements, by date.</summary>
    public ValueList<DataPoint> Measurements { get; }

    /// <summary>Gets the data source, if given.</summary>
    public string? DataSource { get; }

    /// <summary>Gets the spatial level.</summary>
    public SpatialLevel SpatialLevel { get; }

    /// <summary>Gets where the indicator is defined in a published catalogue, if it is.</summary>
    public CatalogueReference? Catalogue { get; }

    /// <summary>Gets how often it is measured or published, if known.</summary>
    public MeasurementFrequency? Frequency { get; }

    /// <summary>Gets the breakdowns its figures come in.</summary>
    public ValueList<string> Breakdowns { get; }

    /// <summary>Gets the keys of the areas it is measured for.</summary>
    public ValueList<string> AreaKeys { get; }

    /// <summary>Gets the date of the latest measurement, or <see langword="null"/> when there is none.</summary>
    public NodaTime.LocalDate? LatestMeasurementDate
    {
        get
        {
            NodaTime.LocalDate? latest = null;
            foreach (var point in Measurements)
            {
                if (latest is null || point.Date > latest.Value)
                {
                    latest = point.Date;
                }
            }

            return latest;
        }
    }

    /// <summary>Gets whether the indicator is qualitative.</summary>
    public bool IsQualitative => MeasureType == IndicatorMeasureType.Qualitative;

    /// <summary>Returns a copy with another list of measurements.</summary>
    /// <param name="measurements">The measurements.</param>
    /// <returns>The new indicator.</returns>
    public Indicator WithMeasurements(IEnumerable<DataPoint> measurements)
        => new(Id, Name, MeasureType, Direction, Definition, Unit, Baseline, Targets, measurements, DataSource, SpatialLevel, Catalogue, Frequency, Breakdowns, AreaKeys);

    /// <summary>Returns a copy with one more measurement at the end.</summary>
    /// <param name="measurement">The measurement.</param>
    /// <returns>The new indicator.</returns>
    public Indicator WithMeasurement(DataPoint measurement)
        => WithMeasurements(Measurements.AsImmutableArray().Add(measurement));

    /// <summary>Returns a copy with another baseline.</summary>
    /// <param name="baseline">The baseline.</param>
    /// <returns>The new indicator.</returns>
    public Indicator WithBaseline(DataPoint? baseline)
        => new(Id, Name, MeasureType, Direction, Definition, Unit, baseline, Targets, Measurements, DataSource, SpatialLevel, Catalogue, Frequency, Breakdowns, AreaKeys);

    /// <summary>Returns a copy with other targets.</summary>
    /// <param name="targets">The targets.</param>
    /// <returns>The new indicator.</returns>
    public Indicator WithTargets(IEnumerable<DataPoint> targets)
        => new(Id, Name, MeasureType, Direction, Definition, Unit, Baseline, targets, Measurements, DataSource, SpatialLevel, Catalogue, Frequency, Breakdowns, AreaKeys);
}
