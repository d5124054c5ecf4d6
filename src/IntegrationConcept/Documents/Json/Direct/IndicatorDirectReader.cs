using System;
using System.Text.Json;
using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Model;
using NodaTime;
using static IntegrationConcept.Documents.Json.Direct.DirectReader;

namespace IntegrationConcept.Documents.Json.Direct;

/// <summary>Reads indicators and their data points (about two thirds of a plan's elements), of a plan or (version 2) a concept.</summary>
internal static class IndicatorDirectReader
{
    /// <summary>An indicator of a district plan: spatial level district unless it says otherwise.</summary>
    public static Indicator DistrictIndicator(ref Utf8JsonReader reader, Scope s) => Indicator(ref reader, s, SpatialLevel.District);

    /// <summary>An indicator of a city concept (version 2): spatial level city unless it says otherwise.</summary>
    public static Indicator CityIndicator(ref Utf8JsonReader reader, Scope s) => Indicator(ref reader, s, SpatialLevel.City);

    private static Indicator Indicator(ref Utf8JsonReader reader, Scope s, SpatialLevel defaultLevel)
    {
        var seen = 0;
        ElementId<Indicator> id = default;
        string? name = null, definition = null, unit = null, source = null;
        IndicatorMeasureType type = default;
        IndicatorDirection direction = default;
        DataPoint? baseline = null;
        ValueList<DataPoint>? targets = null, measurements = null;
        var level = defaultLevel;
        CatalogueReference? catalogue = null;
        MeasurementFrequency? frequency = null;
        ValueList<string>? breakdowns = null, areaKeys = null;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("id"u8)) { Once(ref seen, 1); id = Id<Indicator>(ref reader); }
            else if (member.SequenceEqual("name"u8)) { Once(ref seen, 2); name = String(ref reader); }
            else if (member.SequenceEqual("measureType"u8)) { Once(ref seen, 4); type = Enum<IndicatorMeasureType>(ref reader); }
            else if (member.SequenceEqual("direction"u8)) { Once(ref seen, 8); direction = Enum<IndicatorDirection>(ref reader); }
            else if (member.SequenceEqual("definition"u8)) { Once(ref seen, 16); definition = String(ref reader); }
            else if (member.SequenceEqual("unit"u8)) { Once(ref seen, 32); unit = String(ref reader); }
            else if (member.SequenceEqual("baseline"u8)) { Once(ref seen, 64); Next(ref reader, JsonTokenType.StartObject); baseline = DataPoint(ref reader, s); }
            else if (member.SequenceEqual("targets"u8)) { Once(ref seen, 128); targets = List(ref reader, s, DataPoint); }
            else if (member.SequenceEqual("measurements"u8)) { Once(ref seen, 256); measurements = List(ref reader, s, DataPoint); }
            else if (member.SequenceEqual("dataSource"u8)) { Once(ref seen, 512); source = String(ref reader); }
            else if (member.SequenceEqual("spatialLevel"u8)) { Once(ref seen, 1024); level = s.V2 ? Enum<SpatialLevel>(ref reader) : Enum<SpatialLevelV1>(ref reader).ToModel(); }
            else if (s.V2 && member.SequenceEqual("catalogue"u8)) { Once(ref seen, 2048); catalogue = Catalogue(ref reader); }
            else if (s.V2 && member.SequenceEqual("frequency"u8)) { Once(ref seen, 4096); frequency = Enum<MeasurementFrequency>(ref reader); }
            else if (s.V2 && member.SequenceEqual("breakdowns"u8)) { Once(ref seen, 8192); breakdowns = Strings(ref reader); }
            else if (s.V2 && member.SequenceEqual("areaKeys"u8)) { Once(ref seen, 16384); areaKeys = Strings(ref reader); }
            else { Unknown(ref reader, s); }
        }

        return (seen & 15) == 15
            ? new Indicator(id, name!, type, direction, definition, unit, baseline, targets, measurements, source, level, catalogue, frequency, breakdowns, areaKeys)
            : throw GiveUp();
    }

    private static CatalogueReference Catalogue(ref Utf8JsonReader reader)
    {
        Next(ref reader, JsonTokenType.StartObject);
        var seen = 0;
        string? code = null, catalogue = null;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("code"u8)) { Once(ref seen, 1); code = String(ref reader); }
            else if (member.SequenceEqual("catalogue"u8)) { Once(ref seen, 2); catalogue = String(ref reader); }
            else { throw GiveUp(); }
        }

        return seen == 3 ? new CatalogueReference(code!, catalogue!) : throw GiveUp();
    }

    private static DataPoint DataPoint(ref Utf8JsonReader reader, Scope s)
    {
        var seen = 0;
        LocalDate date = default;
        decimal? value = null;
        string? comment = null;
        while (NextMember(ref reader))
        {
            var name = reader.ValueSpan;
            if (name.SequenceEqual("date"u8)) { Once(ref seen, 1); date = Date(ref reader); }
            else if (name.SequenceEqual("value"u8)) { Once(ref seen, 2); value = Decimal(ref reader); }
            else if (name.SequenceEqual("comment"u8)) { Once(ref seen, 4); comment = String(ref reader); }
            else { throw GiveUp(); }
        }

        return (seen & 1) != 0 ? new DataPoint(date, value, comment) : throw GiveUp();
    }
}
