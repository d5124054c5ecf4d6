using System;
using System.Text.Json;
using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Model;
using static IntegrationConcept.Documents.Json.Direct.DirectReader;

namespace IntegrationConcept.Documents.Json.Direct;

// The elements of a district plan; each reader starts at the element's StartObject and ends at its EndObject.
internal static partial class DistrictPlanDirectReader
{
    private static Observation Observation(ref Utf8JsonReader reader, Scope s)
    {
        var seen = 0;
        ElementId<Observation> id = default;
        ObservationKind kind = default;
        string? text = null, source = null;
        ElementId<ActionField>? field = null;
        while (NextMember(ref reader))
        {
            var name = reader.ValueSpan;
            if (name.SequenceEqual("id"u8)) { Once(ref seen, 1); id = Id<Observation>(ref reader); }
            else if (name.SequenceEqual("kind"u8)) { Once(ref seen, 2); kind = Enum<ObservationKind>(ref reader); }
            else if (name.SequenceEqual("text"u8)) { Once(ref seen, 4); text = String(ref reader); }
            else if (name.SequenceEqual("source"u8)) { Once(ref seen, 8); source = String(ref reader); }
            else if (name.SequenceEqual("actionFieldId"u8)) { Once(ref seen, 16); field = Id<ActionField>(ref reader); }
            else { Unknown(ref reader, s); }
        }

        return (seen & 15) == 15 ? new Observation(id, kind, text!, source!, field) : throw GiveUp();
    }

    private static DistrictGoal Goal(ref Utf8JsonReader reader, Scope s)
    {
        var seen = 0;
        ElementId<DistrictGoal> id = default;
        string? text = null;
        ValueList<ElementId<Goal>>? refined = null;
        var specific = false;
        ElementId<ActionField>? field = null;
        ValueList<ElementId<Indicator>>? indicators = null;
        ValueList<ElementId<Observation>>? observations = null;
        ElementId<Actor>? lead = null;
        RecordedStatus? status = null;
        while (NextMember(ref reader))
        {
            var name = reader.ValueSpan;
            if (name.SequenceEqual("id"u8)) { Once(ref seen, 1); id = Id<DistrictGoal>(ref reader); }
            else if (name.SequenceEqual("text"u8)) { Once(ref seen, 2); text = String(ref reader); }
            else if (name.SequenceEqual("refinedGoalIds"u8)) { Once(ref seen, 4); refined = Ids<Goal>(ref reader); }
            else if (name.SequenceEqual("isDistrictSpecific"u8)) { Once(ref seen, 8); specific = Boolean(ref reader); }
            else if (name.SequenceEqual("actionFieldId"u8)) { Once(ref seen, 16); field = Id<ActionField>(ref reader); }
            else if (name.SequenceEqual("indicatorIds"u8)) { Once(ref seen, 32); indicators = Ids<Indicator>(ref reader); }
            else if (name.SequenceEqual("observationIds"u8)) { Once(ref seen, 64); observations = Ids<Observation>(ref reader); }
            else if (s.V2 && name.SequenceEqual("leadOfficeId"u8)) { Once(ref seen, 128); lead = Id<Actor>(ref reader); }
            else if (s.V2 && name.SequenceEqual("status"u8)) { Once(ref seen, 256); status = RecordedStatus(ref reader); }
            else { Unknown(ref reader, s); }
        }

        return (seen & 3) == 3 ? new DistrictGoal(id, text!, refined, specific, field, indicators, observations, lead, status) : throw GiveUp();
    }

    private static Measure Measure(ref Utf8JsonReader reader, Scope s)
    {
        var seen = 0;
        ElementId<Measure> id = default;
        string? name = null, description = null;
        var status = MeasureStatus.Planned;
        Timeframe? period = null;
        ValueList<Participation>? participations = null;
        ValueList<ElementId<Body>>? bodies = null;
        ValueList<ElementId<TargetGroup>>? groups = null;
        ValueList<ElementId<DistrictGoal>>? goals = null;
        ValueList<ElementId<Principle>>? principles = null;
        ValueList<ElementId<Indicator>>? indicators = null;
        ElementId<Approach>? approach = null;
        ElementId<Actor>? lead = null;
        ValueList<ElementId<SubArea>>? subAreas = null;
        ValueList<BudgetEntry>? budget = null;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("id"u8)) { Once(ref seen, 1); id = Id<Measure>(ref reader); }
            else if (member.SequenceEqual("name"u8)) { Once(ref seen, 2); name = String(ref reader); }
            else if (member.SequenceEqual("status"u8)) { Once(ref seen, 4); status = Enum<MeasureStatus>(ref reader); }
            else if (member.SequenceEqual("period"u8)) { Once(ref seen, 8); period = Timeframe(ref reader); }
            else if (member.SequenceEqual("participations"u8)) { Once(ref seen, 16); participations = List(ref reader, s, Participation); }
            else if (member.SequenceEqual("bodyIds"u8)) { Once(ref seen, 32); bodies = Ids<Body>(ref reader); }
            else if (member.SequenceEqual("targetGroupIds"u8)) { Once(ref seen, 64); groups = Ids<TargetGroup>(ref reader); }
            else if (member.SequenceEqual("goalIds"u8)) { Once(ref seen, 128); goals = Ids<DistrictGoal>(ref reader); }
            else if (member.SequenceEqual("principleIds"u8)) { Once(ref seen, 256); principles = Ids<Principle>(ref reader); }
            else if (member.SequenceEqual("indicatorIds"u8)) { Once(ref seen, 512); indicators = Ids<Indicator>(ref reader); }
            else if (member.SequenceEqual("approachId"u8)) { Once(ref seen, 1024); approach = Id<Approach>(ref reader); }
            else if (member.SequenceEqual("description"u8)) { Once(ref seen, 2048); description = String(ref reader); }
            else if (s.V2 && member.SequenceEqual("leadOfficeId"u8)) { Once(ref seen, 4096); lead = Id<Actor>(ref reader); }
            else if (s.V2 && member.SequenceEqual("subAreaIds"u8)) { Once(ref seen, 8192); subAreas = Ids<SubArea>(ref reader); }
            else if (s.V2 && member.SequenceEqual("budget"u8)) { Once(ref seen, 16384); budget = List(ref reader, s, BudgetEntry); }
            else { Unknown(ref reader, s); }
        }

        return (seen & 3) == 3
            ? new Measure(id, name!, status, period, participations, bodies, groups, goals, principles, indicators, approach, description, lead, budget, subAreas)
            : throw GiveUp();
    }

    private static Participation Participation(ref Utf8JsonReader reader, Scope s)
    {
        var seen = 0;
        ElementId<Actor> actor = default;
        ParticipationRole role = default;
        while (NextMember(ref reader))
        {
            var name = reader.ValueSpan;
            if (name.SequenceEqual("actorId"u8)) { Once(ref seen, 1); actor = Id<Actor>(ref reader); }
            else if (name.SequenceEqual("role"u8)) { Once(ref seen, 2); role = Enum<ParticipationRole>(ref reader); }
            else { Unknown(ref reader, s); }
        }

        return seen == 3 ? new Participation(actor, role) : throw GiveUp();
    }

    private static Actor Actor(ref Utf8JsonReader reader, Scope s)
    {
        var seen = 0;
        ElementId<Actor> id = default;
        string? name = null, description = null;
        ActorKind kind = default;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("id"u8)) { Once(ref seen, 1); id = Id<Actor>(ref reader); }
            else if (member.SequenceEqual("name"u8)) { Once(ref seen, 2); name = String(ref reader); }
            else if (member.SequenceEqual("kind"u8)) { Once(ref seen, 4); kind = s.V2 ? Enum<ActorKind>(ref reader) : Enum<ActorKindV1>(ref reader).ToModel(); }
            else if (member.SequenceEqual("description"u8)) { Once(ref seen, 8); description = String(ref reader); }
            else { Unknown(ref reader, s); }
        }

        return (seen & 7) == 7 ? new Actor(id, name!, kind, description) : throw GiveUp();
    }

    private static Body Body(ref Utf8JsonReader reader, Scope s)
    {
        var seen = 0;
        ElementId<Body> id = default;
        string? name = null, description = null;
        BodyKind kind = default;
        ValueList<ElementId<Actor>>? members = null;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("id"u8)) { Once(ref seen, 1); id = Id<Body>(ref reader); }
            else if (member.SequenceEqual("name"u8)) { Once(ref seen, 2); name = String(ref reader); }
            else if (member.SequenceEqual("kind"u8)) { Once(ref seen, 4); kind = Enum<BodyKind>(ref reader); }
            else if (member.SequenceEqual("memberIds"u8)) { Once(ref seen, 8); members = Ids<Actor>(ref reader); }
            else if (member.SequenceEqual("description"u8)) { Once(ref seen, 16); description = String(ref reader); }
            else { Unknown(ref reader, s); }
        }

        return (seen & 7) == 7 ? new Body(id, name!, kind, members, description) : throw GiveUp();
    }

    private static TargetGroup TargetGroup(ref Utf8JsonReader reader, Scope s)
    {
        var seen = 0;
        ElementId<TargetGroup> id = default;
        string? name = null, description = null;
        var background = MigrationBackground.Unspecified;
        var term = MigrationTerm.MigrationBackground;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("id"u8)) { Once(ref seen, 1); id = Id<TargetGroup>(ref reader); }
            else if (member.SequenceEqual("name"u8)) { Once(ref seen, 2); name = String(ref reader); }
            else if (member.SequenceEqual("migrationBackground"u8)) { Once(ref seen, 4); background = Enum<MigrationBackground>(ref reader); }
            else if (member.SequenceEqual("description"u8)) { Once(ref seen, 8); description = String(ref reader); }
            else if (s.V2 && member.SequenceEqual("migrationTerm"u8)) { Once(ref seen, 16); term = Enum<MigrationTerm>(ref reader); }
            else { Unknown(ref reader, s); }
        }

        return (seen & 3) == 3 ? new TargetGroup(id, name!, background, description, term) : throw GiveUp();
    }

    private static OutOfScopeDeclaration OutOfScope(ref Utf8JsonReader reader, Scope s)
    {
        var seen = 0;
        ElementKind kind = default;
        string? element = null, justification = null;
        while (NextMember(ref reader))
        {
            var name = reader.ValueSpan;
            if (name.SequenceEqual("kind"u8)) { Once(ref seen, 1); kind = s.V2 ? Enum<ElementKind>(ref reader) : Enum<ElementKindV1>(ref reader).ToModel(); }
            else if (name.SequenceEqual("elementId"u8)) { Once(ref seen, 2); element = PlainId(String(ref reader)); }
            else if (name.SequenceEqual("justification"u8)) { Once(ref seen, 4); justification = String(ref reader); }
            else { Unknown(ref reader, s); }
        }

        return seen == 7 ? new OutOfScopeDeclaration(kind, element!, justification!) : throw GiveUp();
    }

    private static Suppression Suppression(ref Utf8JsonReader reader, Scope s)
    {
        var seen = 0;
        string? rule = null, element = null, justification = null;
        while (NextMember(ref reader))
        {
            var name = reader.ValueSpan;
            if (name.SequenceEqual("ruleId"u8)) { Once(ref seen, 1); rule = String(ref reader); }
            else if (name.SequenceEqual("elementId"u8)) { Once(ref seen, 2); element = PlainId(String(ref reader)); }
            else if (name.SequenceEqual("justification"u8)) { Once(ref seen, 4); justification = String(ref reader); }
            else { Unknown(ref reader, s); }
        }

        return seen == 7 ? new Suppression(rule!, element!, justification!) : throw GiveUp();
    }
}
