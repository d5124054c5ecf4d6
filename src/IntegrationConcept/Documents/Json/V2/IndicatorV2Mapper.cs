using System.Collections.Generic;
using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Model;
using static IntegrationConcept.Documents.Json.V1.MappingHelpers;

namespace IntegrationConcept.Documents.Json.V2;

/// <summary>Maps the indicators of format version 2 (city concept and district plan) and lists of texts.</summary>
internal static class IndicatorV2Mapper
{
    public static ValueList<Indicator> ToModel(IReadOnlyList<IndicatorV2Dto>? items, SpatialLevel defaultLevel)
    {
        if (items is null || items.Count == 0)
        {
            return ValueList<Indicator>.Empty;
        }

        var result = new Indicator[items.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var d = items[i] ?? throw NullItem("$.indicators", i);
            var path = Index("$.indicators", i);
            result[i] = new Indicator(
                d.Id, d.Name, d.MeasureType, d.Direction, d.Definition, d.Unit,
                d.Baseline is { } b ? MappingHelpers.ToModel(b) : null,
                Points(d.Targets, path + ".targets"),
                Points(d.Measurements, path + ".measurements"),
                d.DataSource,
                d.SpatialLevel ?? defaultLevel,
                d.Catalogue is { } c ? new CatalogueReference(c.Code, c.Catalogue) : null,
                d.Frequency,
                Texts(d.Breakdowns, path + ".breakdowns"),
                Texts(d.AreaKeys, path + ".areaKeys"));
        }

        return ValueList<Indicator>.Own(result);
    }

    public static IReadOnlyList<IndicatorV2Dto>? ToDtos(IReadOnlyList<Indicator> indicators)
        => MappingHelpers.ToDtos(indicators, static i => new IndicatorV2Dto
        {
            Id = i.Id,
            Name = i.Name,
            MeasureType = i.MeasureType,
            Direction = i.Direction,
            Catalogue = i.Catalogue is { } c ? new CatalogueReferenceV2Dto { Code = c.Code, Catalogue = c.Catalogue } : null,
            Definition = i.Definition,
            Unit = i.Unit,
            Frequency = i.Frequency,
            Breakdowns = OrNull(i.Breakdowns),
            Baseline = i.Baseline is { } b ? MappingHelpers.ToDto(b) : null,
            Targets = MappingHelpers.ToDtos(i.Targets, static p => MappingHelpers.ToDto(p)),
            Measurements = MappingHelpers.ToDtos(i.Measurements, static p => MappingHelpers.ToDto(p)),
            DataSource = i.DataSource,
            SpatialLevel = i.SpatialLevel,
            AreaKeys = OrNull(i.AreaKeys),
        });

    /// <summary>A list of texts (keys, breakdowns): a null item is an error at its path, never an exception without one.</summary>
    public static ValueList<string> Texts(IReadOnlyList<string>? items, string path)
    {
        if (items is null || items.Count == 0)
        {
            return ValueList<string>.Empty;
        }

        var result = new string[items.Count];
        for (var j = 0; j < result.Length; j++)
        {
            result[j] = items[j] ?? throw NullItem(path, j);
        }

        return ValueList<string>.Own(result);
    }

    private static ValueList<DataPoint> Points(IReadOnlyList<DataPointDto>? items, string path)
    {
        if (items is null || items.Count == 0)
        {
            return ValueList<DataPoint>.Empty;
        }

        var result = new DataPoint[items.Count];
        for (var j = 0; j < result.Length; j++)
        {
            var p = items[j] ?? throw NullItem(path, j);
            result[j] = MappingHelpers.ToModel(p);
        }

        return ValueList<DataPoint>.Own(result);
    }
}
