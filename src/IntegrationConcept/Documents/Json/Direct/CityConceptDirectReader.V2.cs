using System;
using System.Text.Json;
using IntegrationConcept.Model;
using NodaTime;
using static IntegrationConcept.Documents.Json.Direct.DirectReader;

namespace IntegrationConcept.Documents.Json.Direct;

// The part of a city concept that format version 2 added besides its indicators: the earlier versions (concept history).
internal static partial class CityConceptDirectReader
{
    private static PreviousVersion PreviousVersion(ref Utf8JsonReader reader, Scope s)
    {
        var seen = 0;
        string? label = null, adoptedBy = null, updates = null;
        ConceptStatus status = default;
        LocalDate? adoption = null;
        Timeframe? validity = null;
        ValueList<Goal>? goals = null;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("label"u8)) { Once(ref seen, 1); label = String(ref reader); }
            else if (member.SequenceEqual("status"u8)) { Once(ref seen, 2); status = Enum<ConceptStatus>(ref reader); }
            else if (member.SequenceEqual("adoptionDate"u8)) { Once(ref seen, 4); adoption = Date(ref reader); }
            else if (member.SequenceEqual("adoptedBy"u8)) { Once(ref seen, 8); adoptedBy = String(ref reader); }
            else if (member.SequenceEqual("validity"u8)) { Once(ref seen, 16); validity = Timeframe(ref reader); }
            else if (member.SequenceEqual("updates"u8)) { Once(ref seen, 32); updates = String(ref reader); }
            else if (member.SequenceEqual("goals"u8)) { Once(ref seen, 64); goals = List(ref reader, s, Goal); }
            else { Unknown(ref reader, s); }
        }

        return (seen & 3) == 3
            ? new PreviousVersion(new ConceptVersion(label!, status, adoption, adoptedBy, validity, updates), goals)
            : throw GiveUp();
    }
}
