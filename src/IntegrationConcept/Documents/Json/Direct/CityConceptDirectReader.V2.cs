using System;
using System.Text.Json;
using IntegrationConcept.Model;
using static IntegrationConcept.Documents.Json.Direct.DirectReader;

namespace IntegrationConcept.Documents.Json.Direct;

// The part of a city concept that format version 2 added besides its indicators: the earlier versions (concept history).
internal static partial class CityConceptDirectReader
{
    private static PreviousVersion PreviousVersion(ref Utf8JsonReader reader, Scope s)
    {
        var version = default(VersionMembers);
        var seenGoals = 0;
        ValueList<Goal>? goals = null;
        while (NextMember(ref reader))
        {
            if (version.Read(ref reader))
            {
                continue;
            }

            if (reader.ValueSpan.SequenceEqual("goals"u8)) { Once(ref seenGoals, 1); goals = List(ref reader, s, Goal); }
            else { Unknown(ref reader, s); }
        }

        return new PreviousVersion(version.Build(), goals);
    }
}
