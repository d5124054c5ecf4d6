using System.Text.Json.Nodes;
using FluentAssertions;
using IntegrationConcept.Checking;
using IntegrationConcept.Documents;
using IntegrationConcept.Model.Building;
using IntegrationConcept.Tests.TestSupport;
using Xunit;

namespace IntegrationConcept.Tests.Documents;

// Report and matrix readers validate like the concept and plan readers: references within the document resolve,
// texts are not empty, the format version is named at its path, and long lists in messages are cut.
public sealed partial class DocumentSerializerTests
{
    private static JsonNode FlawedReportNode() => JsonNode.Parse(DocumentSerializer.WriteCoverageReport(Report("Flawed")))!;

    private static DocumentFormatException ReportFails(JsonNode node)
    {
        var act = () => DocumentSerializer.ReadCoverageReport(node.ToJsonString());
        return act.Should().Throw<DocumentFormatException>().Which;
    }

    [Fact]
    public void ReadCoverageReport_GoalInAnUnknownActionField_NamesTheReference()
    {
        var node = FlawedReportNode();
        node["goals"]![0]!["actionFieldId"] = "NIRGENDS";

        var error = ReportFails(node);

        error.Path.Should().Be("$.goals[0].actionFieldId");
        error.Message.Should().Contain("no action field 'NIRGENDS'");
    }

    [Fact]
    public void ReadCoverageReport_DeficitOfAnUnknownGoal_NamesTheReference()
    {
        var node = FlawedReportNode();
        node["feedback"]!["deficits"]![0]!["goalId"] = "XX-1";

        var error = ReportFails(node);

        error.Path.Should().Be("$.feedback.deficits[0].goalId");
        error.Message.Should().Contain("no goal 'XX-1'");
    }

    [Theory]
    [InlineData("goals", "text")]
    [InlineData("actionFields", "name")]
    [InlineData("principles", "name")]
    public void ReadCoverageReport_EmptyText_NamesThePath(string list, string member)
    {
        var node = FlawedReportNode();
        node[list]![0]![member] = " ";

        var error = ReportFails(node);

        error.Path.Should().Be($"$.{list}[0].{member}");
        error.Message.Should().Contain("must not be empty");
    }

    [Fact]
    public void ReadCoverageReport_EmptyDistrict_NamesThePath()
    {
        var node = FlawedReportNode();
        node["district"] = "";

        ReportFails(node).Path.Should().Be("$.district");
    }

    [Theory]
    [InlineData("1.0", "write 1, not 1.0")]
    [InlineData("1e0", "write 1, not 1e0")]
    [InlineData("7", "formatVersion 7 is not supported")]
    [InlineData("\"1\"", "whole number")]
    public void ReadCoverageReport_BadFormatVersion_NamesFormatVersion(string version, string fragment)
    {
        var json = DocumentSerializer.WriteCoverageReport(Report("Flawed"));
        json = json.Replace("\"formatVersion\": 1", "\"formatVersion\": " + version, StringComparison.Ordinal);

        var act = () => DocumentSerializer.ReadCoverageReport(json);

        var error = act.Should().Throw<DocumentFormatException>().Which;
        error.Path.Should().Be("$.formatVersion");
        error.Message.Should().Contain(fragment);
    }

    [Fact]
    public void ReadCoverageMatrix_GoalRowInAnUnknownActionField_NamesTheReference()
    {
        var matrix = new CoverageChecker().CheckAll(TestDocuments.Concept(), [TestDocuments.Plan()], TestDocuments.EvaluationDate);
        var node = JsonNode.Parse(DocumentSerializer.WriteCoverageMatrix(matrix))!;
        node["goals"]![0]!["actionFieldId"] = "NIRGENDS";

        var act = () => DocumentSerializer.ReadCoverageMatrix(node.ToJsonString());

        act.Should().Throw<DocumentFormatException>().Which.Path.Should().Be("$.goals[0].actionFieldId");
    }

    [Fact]
    public void ReadCoverageMatrix_EmbeddedReportWithEmptyText_NamesThePathInTheMatrix()
    {
        var matrix = new CoverageChecker().CheckAll(TestDocuments.Concept(), [TestDocuments.Plan()], TestDocuments.EvaluationDate);
        var node = JsonNode.Parse(DocumentSerializer.WriteCoverageMatrix(matrix))!;
        node["reports"]![0]!["goals"]![0]!["text"] = "";

        var act = () => DocumentSerializer.ReadCoverageMatrix(node.ToJsonString());

        act.Should().Throw<DocumentFormatException>().Which.Path.Should().Be("$.reports[0].goals[0].text");
    }

    [Fact]
    public void ReadCityConcept_TenThousandGoalCycle_GivesAShortMessage()
    {
        var builder = new CityConceptBuilder("Konzept", new IntegrationConcept.Model.Municipality("Musterstadt"), new IntegrationConcept.Model.ConceptVersion("1", IntegrationConcept.Model.ConceptStatus.Draft))
            .AddActionField("BS", "Bildung");
        for (var i = 0; i < 10_000; i++)
        {
            builder.AddGoal("Z-" + i, "BS", "Ziel " + i);
        }

        var json = JsonNode.Parse(DocumentSerializer.WriteCityConcept(builder.Build()))!;
        var goals = json["goals"]!.AsArray();
        for (var i = 0; i < goals.Count; i++)
        {
            goals[i]!["parentId"] = "Z-" + ((i + 1) % goals.Count);
        }

        var act = () => DocumentSerializer.ReadCityConcept(json.ToJsonString());

        var error = act.Should().Throw<DocumentFormatException>().Which;
        error.Message.Should().Contain("form a cycle").And.Contain("(9,981 more)");
        error.Message.Length.Should().BeLessThan(2_000);
    }
}
