using System;
using System.Text.Json;
using IntegrationConcept.Model;
using NodaTime;
using static IntegrationConcept.Documents.Json.Direct.DirectReader;

namespace IntegrationConcept.Documents.Json.Direct;

// The parts of a district plan that format version 2 added: sub-areas, budget entries, recorded goal status.
internal static partial class DistrictPlanDirectReader
{
    private static SubArea SubArea(ref Utf8JsonReader reader, Scope s)
    {
        var seen = 0;
        ElementId<SubArea> id = default;
        string? name = null;
        SubAreaKind kind = default;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("id"u8)) { Once(ref seen, 1); id = Id<SubArea>(ref reader); }
            else if (member.SequenceEqual("name"u8)) { Once(ref seen, 2); name = String(ref reader); }
            else if (member.SequenceEqual("kind"u8)) { Once(ref seen, 4); kind = Enum<SubAreaKind>(ref reader); }
            else { Unknown(ref reader, s); }
        }

        return seen == 7 ? new SubArea(id, name!, kind) : throw GiveUp();
    }

    private static BudgetEntry BudgetEntry(ref Utf8JsonReader reader, Scope s)
    {
        var seen = 0;
        int year = 0;
        BudgetKind kind = default;
        decimal amount = 0;
        string? programme = null, funder = null, line = null, comment = null;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("year"u8)) { Once(ref seen, 1); year = Int32(ref reader); }
            else if (member.SequenceEqual("kind"u8)) { Once(ref seen, 2); kind = Enum<BudgetKind>(ref reader); }
            else if (member.SequenceEqual("amountEur"u8)) { Once(ref seen, 4); amount = Decimal(ref reader); }
            else if (member.SequenceEqual("fundingProgramme"u8)) { Once(ref seen, 8); programme = String(ref reader); }
            else if (member.SequenceEqual("funder"u8)) { Once(ref seen, 16); funder = String(ref reader); }
            else if (member.SequenceEqual("budgetLine"u8)) { Once(ref seen, 32); line = String(ref reader); }
            else if (member.SequenceEqual("comment"u8)) { Once(ref seen, 64); comment = String(ref reader); }
            else { Unknown(ref reader, s); }
        }

        return (seen & 7) == 7 ? new BudgetEntry(year, kind, amount, programme, funder, line, comment) : throw GiveUp();
    }

    private static RecordedStatus RecordedStatus(ref Utf8JsonReader reader)
    {
        Next(ref reader, JsonTokenType.StartObject);
        var seen = 0;
        ImplementationStatus status = default;
        LocalDate asOf = default;
        string? comment = null;
        while (NextMember(ref reader))
        {
            var member = reader.ValueSpan;
            if (member.SequenceEqual("status"u8)) { Once(ref seen, 1); status = Enum<ImplementationStatus>(ref reader); }
            else if (member.SequenceEqual("asOf"u8)) { Once(ref seen, 2); asOf = Date(ref reader); }
            else if (member.SequenceEqual("comment"u8)) { Once(ref seen, 4); comment = String(ref reader); }
            else { throw GiveUp(); }
        }

        return (seen & 3) == 3 ? new RecordedStatus(status, asOf, comment) : throw GiveUp();
    }
}
