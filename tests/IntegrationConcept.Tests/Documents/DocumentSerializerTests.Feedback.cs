using System.Text.Json.Nodes;
using FluentAssertions;
using IntegrationConcept.Changes;
using IntegrationConcept.Documents;
using IntegrationConcept.Model;
using IntegrationConcept.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Documents;

// Feedback documents: collected, decided, written, read back equal; the schema agrees; bad input is named by its path.
public sealed partial class DocumentSerializerTests
{
    private static FeedbackDocument Feedback()
    {
        var report = TestDocuments.Check(
            TestDocuments.PlanBuilder()
                .AddGoal("EQ-5", "Ein Straßenfest bringt Alt und Neu zusammen", g => g.DistrictSpecific("BS"))
                .Build()
                .WithMeasures(TestDocuments.Plan().Measures.Where(m => m.Id.Value != "M-2")));
        var later = TestDocuments.Check(
            TestDocuments.PlanBuilder().AddGoal("EQ-5", "Ein Straßenfest bringt Alt und Neu zusammen", g => g.DistrictSpecific("BS")).Build()
                .WithMeasures(TestDocuments.Plan().Measures.Where(m => m.Id.Value != "M-2")),
            date: new LocalDate(2014, 1, 15));
        return FeedbackDocument.Collect("Rückkopplung Ehrang/Quint", [report, later])
            .WithDecision("R-1", ProposalDecision.Adopt(new ElementId<Goal>("AR-1"), "2013-12", new LocalDate(2013, 12, 10), "Beratung im Stadtteil"))
            .WithDecision("R-2", ProposalDecision.Reject("Ein Fest ist kein gesamtstädtisches Ziel."));
    }

    [Fact]
    public void Feedback_RoundTrip_IsEqualAndStable()
    {
        var feedback = Feedback();
        var json = DocumentSerializer.WriteFeedback(feedback);
        var read = DocumentSerializer.ReadFeedback(json);

        read.Should().Be(feedback);
        DocumentSerializer.WriteFeedback(read).Should().Be(json);
        json.Should().Contain("\"$schema\": \"https://raw.githubusercontent.com/integrationconcept/integrationconcept/main/schemas/feedback.v1.schema.json\"")
            .And.Contain("\"formatVersion\": 1").And.Contain("\"status\": \"adopted\"").And.Contain("\"kind\": \"potential\"");
        SchemaValidation.Errors(DocumentKind.Feedback, json).Should().BeEmpty();
    }

    [Fact]
    public void Feedback_GenericPath_ReadsTheSame()
        => DocumentSerializer.Read<FeedbackDocument>(DocumentSerializer.Write(Feedback())).Should().Be(Feedback());

    public static TheoryData<string, string, string> BadFeedback => new()
    {
        { "proposals[0].decision.goalId", "remove", "$.proposals[0].decision.goalId" },
        { "proposals[1].decision.reason", "remove", "$.proposals[1].decision.reason" },
        { "proposals[0].goalId", "remove", "$.proposals[0].goalId" },
        { "proposals[1].id", "R-1", "$.proposals[1].id" },
        { "proposals[0].findings[0].ruleId", " ", "$.proposals[0].findings[0].ruleId" },
        { "proposals[0].provenance.district", "", "$.proposals[0].provenance.district" },
        { "proposals[0].kind", "idea", "$.proposals[0].kind" },
        { "proposals[0].decision.status", "maybe", "$.proposals[0].decision.status" },
        { "conceptVersion", " ", "$.conceptVersion" },
    };

    [Theory]
    [MemberData(nameof(BadFeedback))]
    public void ReadFeedback_BadInput_NamesThePath(string member, string value, string path)
    {
        var json = JsonNode.Parse(DocumentSerializer.WriteFeedback(Feedback()))!;
        var parts = member.Split('.');
        JsonNode node = json;
        foreach (var part in parts[..^1])
        {
            node = part.Contains('[', StringComparison.Ordinal)
                ? node[part[..part.IndexOf('[', StringComparison.Ordinal)]]![int.Parse(part[(part.IndexOf('[', StringComparison.Ordinal) + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]!
                : node[part]!;
        }

        if (value == "remove")
        {
            node.AsObject().Remove(parts[^1]);
        }
        else
        {
            node[parts[^1]] = value;
        }

        var act = () => DocumentSerializer.ReadFeedback(json.ToJsonString());

        var ex = act.Should().ThrowExactly<DocumentFormatException>().Which;
        ex.Path.Should().Be(path);
        ex.DocumentKind.Should().Be(DocumentKind.Feedback);
    }

    [Fact]
    public void ReadFeedback_OpenDecisionWithAReason_IsRefused()
    {
        var json = JsonNode.Parse(DocumentSerializer.WriteFeedback(Feedback()))!;
        json["proposals"]![2]!["decision"]!["reason"] = "vielleicht";

        var ex = FluentActions.Invoking(() => DocumentSerializer.ReadFeedback(json.ToJsonString())).Should().ThrowExactly<DocumentFormatException>().Which;

        ex.Path.Should().Be("$.proposals[2].decision");
        ex.Message.Should().Contain("open decision");
    }
}
