using System;
using System.Text.Json;
using IntegrationConcept.Model;
using NodaTime;
using static IntegrationConcept.Documents.Json.Direct.DirectReader;

namespace IntegrationConcept.Documents.Json.Direct;

/// <summary>
/// Reads a city concept document of format version 1 or 2 straight into the model (see <see cref="DirectReader"/>):
/// the members and defaults of that version's DTOs, the model's public constructors (which validate as always).
/// </summary>
internal static partial class CityConceptDirectReader
{
    /// <summary>Reads a concept of format version 1, or returns null when the document is for the DTO reader to read (and report on).</summary>
    public static CityConcept? TryRead(ReadOnlySpan<byte> utf8Json, bool allowUnknownMembers, int maxDepth)
        => TryReadDocument(utf8Json, new Scope(1, allowUnknownMembers), maxDepth, Document);

    /// <summary>Reads a concept of format version 2, or returns null when the document is for the DTO reader to read (and report on).</summary>
    public static CityConcept? TryReadV2(ReadOnlySpan<byte> utf8Json, bool allowUnknownMembers, int maxDepth)
        => TryReadDocument(utf8Json, new Scope(2, allowUnknownMembers), maxDepth, Document);

    private static CityConcept Document(ref Utf8JsonReader reader, Scope s)
    {
        Next(ref reader, JsonTokenType.StartObject);
        var seen = 0;
        string? title = null;
        Municipality? municipality = null;
        ConceptVersion? conceptVersion = null;
        ValueList<Principle>? principles = null;
        ValueList<ActionField>? fields = null;
        ValueList<Goal>? goals = null;
        ValueList<Approach>? approaches = null;
        ValueList<CityMeasure>? measures = null;
        ValueList<Indicator>? indicators = null;
        ValueList<PreviousVersion>? previous = null;
        while (NextMember(ref reader))
        {
            var name = reader.ValueSpan;
            if (name.SequenceEqual("$schema"u8)) { Once(ref seen, 1 << 0); Schema(ref reader, DocumentFormats.CityConcept, s); }
            else if (name.SequenceEqual("formatVersion"u8)) { Once(ref seen, 1 << 1); FormatVersion(ref reader, s); }
            else if (name.SequenceEqual("title"u8)) { Once(ref seen, 1 << 2); title = String(ref reader); }
            else if (name.SequenceEqual("municipality"u8)) { Once(ref seen, 1 << 3); municipality = Municipality(ref reader); }
            else if (name.SequenceEqual("version"u8)) { Once(ref seen, 1 << 4); conceptVersion = ConceptVersion(ref reader); }
            else if (name.SequenceEqual("principles"u8)) { Once(ref seen, 1 << 5); principles = List(ref reader, s, Principle); }
            else if (name.SequenceEqual("actionFields"u8)) { Once(ref seen, 1 << 6); fields = List(ref reader, s, ActionField); }
            else if (name.SequenceEqual("goals"u8)) { Once(ref seen, 1 << 7); goals = List(ref reader, s, Goal); }
            else if (name.SequenceEqual("approaches"u8)) { Once(ref seen, 1 << 8); approaches = List(ref reader, s, Approach); }
            else if (name.SequenceEqual("measures"u8)) { Once(ref seen, 1 << 9); measures = List(ref reader, s, Measure); }
            else if (s.V2 && name.SequenceEqual("indicators"u8)) { Once(ref seen, 1 << 10); indicators = List(ref reader, s, IndicatorDirectReader.CityIndicator); }
            else if (s.V2 && name.SequenceEqual("previousVersions"u8)) { Once(ref seen, 1 << 11); previous = List(ref reader, s, PreviousVersion); }
            else { Unknown(ref reader, s); }
        }

        if ((seen & (1 << 1)) == 0 || title is null || municipality is null || conceptVersion is null)
        {
            throw GiveUp();
        }

        return new CityConcept(title, municipality, conceptVersion, principles, fields, goals, approaches, measures, indicators, previous);
    }

    private static Municipality Municipality(ref Utf8JsonReader reader)
    {
        Next(ref reader, JsonTokenType.StartObject);
        var seen = 0;
        string? name = null, key = null;
        MunicipalityProfile? profile = null;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("name"u8)) { Once(ref seen, 1); name = String(ref reader); }
            else if (member.SequenceEqual("officialKey"u8)) { Once(ref seen, 2); key = String(ref reader); }
            else if (member.SequenceEqual("profile"u8)) { Once(ref seen, 4); profile = Profile(ref reader); }
            else { throw GiveUp(); }
        }

        return new Municipality(name ?? throw GiveUp(), key, profile);
    }

    private static MunicipalityProfile Profile(ref Utf8JsonReader reader)
    {
        Next(ref reader, JsonTokenType.StartObject);
        var seen = 0;
        Population? population = null;
        string? type = null;
        PopulationProjection? projection = null;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("population"u8)) { Once(ref seen, 1); population = Population(ref reader); }
            else if (member.SequenceEqual("demographicType"u8)) { Once(ref seen, 2); type = String(ref reader); }
            else if (member.SequenceEqual("projection"u8)) { Once(ref seen, 4); projection = Projection(ref reader); }
            else { throw GiveUp(); }
        }

        return new MunicipalityProfile(population, type, projection);
    }

    private static PopulationProjection Projection(ref Utf8JsonReader reader)
    {
        Next(ref reader, JsonTokenType.StartObject);
        var seen = 0;
        decimal change = 0;
        int from = 0, to = 0;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("changePercent"u8)) { Once(ref seen, 1); change = Decimal(ref reader); }
            else if (member.SequenceEqual("fromYear"u8)) { Once(ref seen, 2); from = Int32(ref reader); }
            else if (member.SequenceEqual("toYear"u8)) { Once(ref seen, 4); to = Int32(ref reader); }
            else { throw GiveUp(); }
        }

        return seen == 7 ? new PopulationProjection(change, from, to) : throw GiveUp();
    }

    private static ConceptVersion ConceptVersion(ref Utf8JsonReader reader)
    {
        Next(ref reader, JsonTokenType.StartObject);
        var version = default(VersionMembers);
        while (NextMember(ref reader))
        {
            if (!version.Read(ref reader))
            {
                throw GiveUp();
            }
        }

        return version.Build();
    }

    /// <summary>The members of a concept version, shared by the current version and the earlier ones (format version 2).</summary>
    private struct VersionMembers
    {
        private int _seen;
        private string? _label, _adoptedBy, _updates;
        private ConceptStatus _status;
        private LocalDate? _adoption;
        private Timeframe? _validity;

        /// <summary>Reads the member the reader stands on, if it is one of a version; false for any other member.</summary>
        public bool Read(ref Utf8JsonReader reader)
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("label"u8)) { Once(ref _seen, 1); _label = String(ref reader); }
            else if (member.SequenceEqual("status"u8)) { Once(ref _seen, 2); _status = Enum<ConceptStatus>(ref reader); }
            else if (member.SequenceEqual("adoptionDate"u8)) { Once(ref _seen, 4); _adoption = Date(ref reader); }
            else if (member.SequenceEqual("adoptedBy"u8)) { Once(ref _seen, 8); _adoptedBy = String(ref reader); }
            else if (member.SequenceEqual("validity"u8)) { Once(ref _seen, 16); _validity = Timeframe(ref reader); }
            else if (member.SequenceEqual("updates"u8)) { Once(ref _seen, 32); _updates = String(ref reader); }
            else { return false; }

            return true;
        }

        public readonly ConceptVersion Build()
            => (_seen & 3) == 3 ? new ConceptVersion(_label!, _status, _adoption, _adoptedBy, _validity, _updates) : throw GiveUp();
    }
}
