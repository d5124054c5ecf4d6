using System;
using System.Text.Json;
using IntegrationConcept.Model;
using static IntegrationConcept.Documents.Json.Direct.DirectReader;

namespace IntegrationConcept.Documents.Json.Direct;

// The elements of a city concept; each reader starts at the element's StartObject and ends at its EndObject.
internal static partial class CityConceptDirectReader
{
    private static Principle Principle(ref Utf8JsonReader reader, Scope s)
    {
        var seen = 0;
        ElementId<Principle> id = default;
        string? name = null, description = null;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("id"u8)) { Once(ref seen, 1); id = Id<Principle>(ref reader); }
            else if (member.SequenceEqual("name"u8)) { Once(ref seen, 2); name = String(ref reader); }
            else if (member.SequenceEqual("description"u8)) { Once(ref seen, 4); description = String(ref reader); }
            else { Unknown(ref reader, s); }
        }

        return (seen & 3) == 3 ? new Principle(id, name!, description) : throw GiveUp();
    }

    private static ActionField ActionField(ref Utf8JsonReader reader, Scope s)
    {
        var seen = 0;
        ElementId<ActionField> id = default;
        string? name = null, english = null, description = null;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("id"u8)) { Once(ref seen, 1); id = Id<ActionField>(ref reader); }
            else if (member.SequenceEqual("name"u8)) { Once(ref seen, 2); name = String(ref reader); }
            else if (member.SequenceEqual("englishName"u8)) { Once(ref seen, 4); english = String(ref reader); }
            else if (member.SequenceEqual("description"u8)) { Once(ref seen, 8); description = String(ref reader); }
            else { Unknown(ref reader, s); }
        }

        return (seen & 3) == 3 ? new ActionField(id, name!, english, description) : throw GiveUp();
    }

    private static Goal Goal(ref Utf8JsonReader reader, Scope s)
    {
        var seen = 0;
        ElementId<Goal> id = default;
        ElementId<ActionField> field = default;
        string? text = null;
        GoalLevel? level = null;
        ElementId<Goal>? parent = null;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("id"u8)) { Once(ref seen, 1); id = Id<Goal>(ref reader); }
            else if (member.SequenceEqual("actionFieldId"u8)) { Once(ref seen, 2); field = Id<ActionField>(ref reader); }
            else if (member.SequenceEqual("text"u8)) { Once(ref seen, 4); text = String(ref reader); }
            else if (member.SequenceEqual("level"u8)) { Once(ref seen, 8); level = Enum<GoalLevel>(ref reader); }
            else if (member.SequenceEqual("parentId"u8)) { Once(ref seen, 16); parent = Id<Goal>(ref reader); }
            else { Unknown(ref reader, s); }
        }

        return (seen & 7) == 7 ? new Goal(id, field, text!, level, parent) : throw GiveUp();
    }

    private static Approach Approach(ref Utf8JsonReader reader, Scope s)
    {
        var seen = 0;
        ElementId<Approach> id = default;
        ElementId<ActionField> field = default;
        string? name = null, description = null;
        ValueList<ElementId<Goal>>? goals = null;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("id"u8)) { Once(ref seen, 1); id = Id<Approach>(ref reader); }
            else if (member.SequenceEqual("actionFieldId"u8)) { Once(ref seen, 2); field = Id<ActionField>(ref reader); }
            else if (member.SequenceEqual("name"u8)) { Once(ref seen, 4); name = String(ref reader); }
            else if (member.SequenceEqual("goalIds"u8)) { Once(ref seen, 8); goals = Ids<Goal>(ref reader); }
            else if (member.SequenceEqual("description"u8)) { Once(ref seen, 16); description = String(ref reader); }
            else { Unknown(ref reader, s); }
        }

        return (seen & 7) == 7 ? new Approach(id, field, name!, goals, description) : throw GiveUp();
    }

    private static CityMeasure Measure(ref Utf8JsonReader reader, Scope s)
    {
        var seen = 0;
        ElementId<CityMeasure> id = default;
        string? name = null, description = null;
        ElementId<Approach>? approach = null;
        ValueList<ElementId<Goal>>? goals = null;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("id"u8)) { Once(ref seen, 1); id = Id<CityMeasure>(ref reader); }
            else if (member.SequenceEqual("name"u8)) { Once(ref seen, 2); name = String(ref reader); }
            else if (member.SequenceEqual("approachId"u8)) { Once(ref seen, 4); approach = Id<Approach>(ref reader); }
            else if (member.SequenceEqual("goalIds"u8)) { Once(ref seen, 8); goals = Ids<Goal>(ref reader); }
            else if (member.SequenceEqual("description"u8)) { Once(ref seen, 16); description = String(ref reader); }
            else { Unknown(ref reader, s); }
        }

        return (seen & 3) == 3 ? new CityMeasure(id, name!, approach, goals, description) : throw GiveUp();
    }
}
