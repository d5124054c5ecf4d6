using System;
using System.Text.Json;
using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Model;
using NodaTime;
using static IntegrationConcept.Documents.Json.Direct.DirectReader;

namespace IntegrationConcept.Documents.Json.Direct;

// Indicators and their data points: about two thirds of a plan's elements.
internal static partial class DistrictPlanDirectReader
{
    private static Indicator Indicator(ref Utf8JsonReader reader, bool unknown)
    {
        var seen = 0;
        ElementId<Indicator> id = default;
        string? name = null, definition = null, unit = null, source = null;
        IndicatorMeasureType type = default;
        IndicatorDirection direction = default;
        DataPoint? baseline = null;
        ValueList<DataPoint>? targets = null, measurements = null;
        var level = SpatialLevel.District;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("id"u8)) { Once(ref seen, 1); id = Id<Indicator>(ref reader); }
            else if (member.SequenceEqual("name"u8)) { Once(ref seen, 2); name = String(ref reader); }
            else if (member.SequenceEqual("measureType"u8)) { Once(ref seen, 4); type = Enum<IndicatorMeasureType>(ref reader); }
            else if (member.SequenceEqual("direction"u8)) { Once(ref seen, 8); direction = Enum<IndicatorDirection>(ref reader); }
            else if (member.SequenceEqual("definition"u8)) { Once(ref seen, 16); definition = String(ref reader); }
            else if (member.SequenceEqual("unit"u8)) { Once(ref seen, 32); unit = String(ref reader); }
            else if (member.SequenceEqual("baseline"u8)) { Once(ref seen, 64); Next(ref reader, JsonTokenType.StartObject); baseline = DataPoint(ref reader, unknown); }
            else if (member.SequenceEqual("targets"u8)) { Once(ref seen, 128); targets = List(ref reader, unknown, DataPoint); }
            else if (member.SequenceEqual("measurements"u8)) { Once(ref seen, 256); measurements = List(ref reader, unknown, DataPoint); }
            else if (member.SequenceEqual("dataSource"u8)) { Once(ref seen, 512); source = String(ref reader); }
            else if (member.SequenceEqual("spatialLevel"u8)) { Once(ref seen, 1024); level = Enum<SpatialLevelV1>(ref reader).ToModel(); }
            else { Unknown(ref reader, unknown); }
        }

        return (seen & 15) == 15
            ? new Indicator(id, name!, type, direction, definition, unit, baseline, targets, measurements, source, level)
            : throw GiveUp();
    }

    private static DataPoint DataPoint(ref Utf8JsonReader reader, bool unknown)
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
