using System;
using System.Text.Json;
using IntegrationConcept.Model;
using static IntegrationConcept.Documents.Json.Direct.DirectReader;

namespace IntegrationConcept.Documents.Json.Direct;

/// <summary>
/// Reads a district plan document of format version 1 or 2 straight into the model (see <see cref="DirectReader"/>):
/// the members and defaults of that version's DTOs, the model's public constructors (which validate as always).
/// </summary>
internal static partial class DistrictPlanDirectReader
{
    /// <summary>Reads a plan of format version 1, or returns null when the document is for the DTO reader to read (and report on).</summary>
    public static DistrictPlan? TryRead(ReadOnlySpan<byte> utf8Json, bool allowUnknownMembers, int maxDepth)
        => TryReadDocument(utf8Json, new Scope(1, allowUnknownMembers), maxDepth, Document);

    /// <summary>Reads a plan of format version 2, or returns null when the document is for the DTO reader to read (and report on).</summary>
    public static DistrictPlan? TryReadV2(ReadOnlySpan<byte> utf8Json, bool allowUnknownMembers, int maxDepth)
        => TryReadDocument(utf8Json, new Scope(2, allowUnknownMembers), maxDepth, Document);

    private static DistrictPlan Document(ref Utf8JsonReader reader, Scope s)
    {
        Next(ref reader, JsonTokenType.StartObject);
        var seen = 0;
        string? title = null;
        District? district = null;
        ConceptReference? concept = null;
        Timeframe? validity = null;
        ValueList<Observation>? observations = null;
        ValueList<DistrictGoal>? goals = null;
        ValueList<Measure>? measures = null;
        ValueList<Actor>? actors = null;
        ValueList<Body>? bodies = null;
        ValueList<TargetGroup>? targetGroups = null;
        ValueList<Indicator>? indicators = null;
        ValueList<OutOfScopeDeclaration>? outOfScope = null;
        ValueList<Suppression>? suppressions = null;
        while (NextMember(ref reader))
        {
            var name = reader.ValueSpan;
            if (name.SequenceEqual("$schema"u8))
            {
                Once(ref seen, 1 << 0);
                Schema(ref reader, DocumentFormats.DistrictPlan, s);
            }
            else if (name.SequenceEqual("formatVersion"u8))
            {
                Once(ref seen, 1 << 1);
                FormatVersion(ref reader, s);
            }
            else if (name.SequenceEqual("title"u8))
            {
                Once(ref seen, 1 << 2);
                title = String(ref reader);
            }
            else if (name.SequenceEqual("district"u8))
            {
                Once(ref seen, 1 << 3);
                district = District(ref reader, s);
            }
            else if (name.SequenceEqual("concept"u8))
            {
                Once(ref seen, 1 << 4);
                concept = ConceptReference(ref reader);
            }
            else if (name.SequenceEqual("validity"u8))
            {
                Once(ref seen, 1 << 5);
                validity = Timeframe(ref reader);
            }
            else if (name.SequenceEqual("observations"u8))
            {
                Once(ref seen, 1 << 6);
                observations = List(ref reader, s, Observation);
            }
            else if (name.SequenceEqual("goals"u8))
            {
                Once(ref seen, 1 << 7);
                goals = List(ref reader, s, Goal);
            }
            else if (name.SequenceEqual("measures"u8))
            {
                Once(ref seen, 1 << 8);
                measures = List(ref reader, s, Measure);
            }
            else if (name.SequenceEqual("actors"u8))
            {
                Once(ref seen, 1 << 9);
                actors = List(ref reader, s, Actor);
            }
            else if (name.SequenceEqual("bodies"u8))
            {
                Once(ref seen, 1 << 10);
                bodies = List(ref reader, s, Body);
            }
            else if (name.SequenceEqual("targetGroups"u8))
            {
                Once(ref seen, 1 << 11);
                targetGroups = List(ref reader, s, TargetGroup);
            }
            else if (name.SequenceEqual("indicators"u8))
            {
                Once(ref seen, 1 << 12);
                indicators = List(ref reader, s, IndicatorDirectReader.DistrictIndicator);
            }
            else if (name.SequenceEqual("outOfScope"u8))
            {
                Once(ref seen, 1 << 13);
                outOfScope = List(ref reader, s, OutOfScope);
            }
            else if (name.SequenceEqual("suppressions"u8))
            {
                Once(ref seen, 1 << 14);
                suppressions = List(ref reader, s, Suppression);
            }
            else
            {
                Unknown(ref reader, s);
            }
        }

        if ((seen & (1 << 1)) == 0 || title is null || district is null || concept is null)
        {
            throw GiveUp();
        }

        return new DistrictPlan(title, district, concept, validity, observations, goals, measures, actors, bodies, targetGroups, indicators, outOfScope, suppressions);
    }

    private static District District(ref Utf8JsonReader reader, Scope s)
    {
        Next(ref reader, JsonTokenType.StartObject);
        var seen = 0;
        string? name = null;
        Population? population = null;
        string? description = null;
        ValueList<string>? keys = null;
        ValueList<SubArea>? subAreas = null;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("name"u8))
            {
                Once(ref seen, 1);
                name = String(ref reader);
            }
            else if (member.SequenceEqual("population"u8))
            {
                Once(ref seen, 2);
                population = Population(ref reader);
            }
            else if (member.SequenceEqual("description"u8))
            {
                Once(ref seen, 4);
                description = String(ref reader);
            }
            else if (s.V2 && member.SequenceEqual("keys"u8))
            {
                Once(ref seen, 8);
                keys = Strings(ref reader);
            }
            else if (s.V2 && member.SequenceEqual("subAreas"u8))
            {
                Once(ref seen, 16);
                subAreas = List(ref reader, s, SubArea);
            }
            else
            {
                throw GiveUp();
            }
        }

        return new District(name ?? throw GiveUp(), population, description, keys, subAreas);
    }

    private static ConceptReference ConceptReference(ref Utf8JsonReader reader)
    {
        Next(ref reader, JsonTokenType.StartObject);
        var seen = 0;
        string? municipality = null, label = null;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("municipality"u8))
            {
                Once(ref seen, 1);
                municipality = String(ref reader);
            }
            else if (member.SequenceEqual("versionLabel"u8))
            {
                Once(ref seen, 2);
                label = String(ref reader);
            }
            else
            {
                throw GiveUp();
            }
        }

        return new ConceptReference(municipality ?? throw GiveUp(), label ?? throw GiveUp());
    }
}
