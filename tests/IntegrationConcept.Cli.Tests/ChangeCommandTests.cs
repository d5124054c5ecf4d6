using System.Text.Json;
using FluentAssertions;
using IntegrationConcept.Changes;
using IntegrationConcept.Documents;
using Xunit;

namespace IntegrationConcept.Cli.Tests;

public sealed class ChangeCommandTests : IDisposable
{
    private readonly ToolHarness _tool = new();

    public void Dispose() => _tool.Dispose();

    [Fact]
    public void Diff_SamePlanSameDate_PrintsNoChangeAndExitsZero()
    {
        var run = _tool.Run("diff", ToolHarness.Concept, ToolHarness.Plan, ToolHarness.Plan, "--at", "2014-12-31");

        run.ExitCode.Should().Be(0);
        run.Out.Should().StartWith("Veränderung der Umsetzung im Stadtteil – Ehrang/Quint\n");
        run.Out.Should().Contain("0 verbessert, 0 verschlechtert").And.Contain("Neue Befunde\n  keine\n").And.Contain("Erledigte Befunde\n  keine\n");
    }

    [Fact]
    public void Diff_TwoDates_ShowsBothDatesAndWritesJson()
    {
        var run = _tool.Run("diff", ToolHarness.Concept, ToolHarness.Plan, ToolHarness.Plan, "--at-before", "2012-06-30", "--at", "2014-12-31", "--format", "json", "--out", "change.json");

        run.ExitCode.Should().BeOneOf(0, 1);
        using var json = JsonDocument.Parse(File.ReadAllText(_tool.PathOf("change.json")));
        json.RootElement.GetProperty("before").GetProperty("evaluationDate").GetString().Should().Be("2012-06-30");
        json.RootElement.GetProperty("after").GetProperty("evaluationDate").GetString().Should().Be("2014-12-31");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public void Diff_PlanLosesItsGoals_ExitsOneAndNamesTheWorsenedGoals()
    {
        var original = File.ReadAllText(ToolHarness.Plan);
        var node = System.Text.Json.Nodes.JsonNode.Parse(original)!;
        node["outOfScope"] = null;
        foreach (var goal in node["goals"]!.AsArray())
        {
            goal!["refinedGoalIds"] = new System.Text.Json.Nodes.JsonArray();
            goal["isDistrictSpecific"] = true;
        }

        var later = _tool.Write("later.json", node.ToJsonString());
        var run = _tool.Run("diff", ToolHarness.Concept, ToolHarness.Plan, later, "--at", "2014-12-31", "--lang", "en");

        if (run.ExitCode == 2)
        {
            // The edited plan must stay valid for this test to mean anything.
            run.Error.Should().BeEmpty();
        }

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain("worsened");
    }

    [Fact]
    public void Diff_Html_WritesOneSelfContainedFileWithAChartPerActionField()
    {
        var run = _tool.Run("diff", ToolHarness.Concept, ToolHarness.Plan, ToolHarness.Plan, "--at-before", "2012-06-30", "--at", "2014-12-31", "--format", "html", "--lang", "en", "--out", "change.html");

        run.ExitCode.Should().BeOneOf(0, 1);
        run.Out.Should().BeEmpty();
        var html = File.ReadAllText(_tool.PathOf("change.html"));
        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"en\">").And.Contain("Content-Security-Policy").And.NotContain("<script");
        html.Should().Contain("<h1 id=\"titel\">Change of the implementation in the district – Ehrang/Quint</h1>");
        html.Should().Contain(": goals before and after by coverage</figcaption>").And.Contain("<svg ");
    }

    [Fact]
    public void Feedback_Html_German_WritesAnHtmlDocument()
    {
        var run = _tool.Run("feedback", ToolHarness.Concept, ToolHarness.Plan, "--at", "2014-12-31", "--format", "html");

        run.ExitCode.Should().Be(0);
        run.Out.Should().StartWith("<!DOCTYPE html>\n<html lang=\"de\">").And.Contain("<h1 id=\"titel\">Rückkopplung an das gesamtstädtische Konzept</h1>");
    }

    [Fact]
    public void Diff_MissingFile_ExitsTwo()
        => _tool.Run("diff", ToolHarness.Concept, ToolHarness.Plan, _tool.PathOf("missing.json"), "--at", "2014-12-31").ExitCode.Should().Be(2);

    [Fact]
    public void Diff_NoDate_IsAUsageError()
        => _tool.Run("diff", ToolHarness.Concept, ToolHarness.Plan, ToolHarness.Plan).ExitCode.Should().Be(3);

    [Fact]
    public void Feedback_WritesAFeedbackDocumentThatReadsBack()
    {
        var run = _tool.Run("feedback", ToolHarness.Concept, ToolHarness.Plan, "--at", "2014-12-31", "--out", "feedback.json");

        run.ExitCode.Should().Be(0);
        var text = File.ReadAllText(_tool.PathOf("feedback.json"));
        var feedback = DocumentSerializer.ReadFeedback(text);
        feedback.Proposals.Should().NotBeEmpty().And.OnlyContain(p => p.Decision.Status == DecisionStatus.Open && p.Provenance.District == "Ehrang/Quint");
        feedback.Title.Should().StartWith("Rückkopplung zur Fassung");
        text.Should().EndWith("}\n").And.NotEndWith("\n\n");
    }

    [Fact]
    public void Feedback_English_DefaultTitleIsEnglish()
    {
        var run = _tool.Run("feedback", ToolHarness.Concept, ToolHarness.Plan, "--at", "2014-12-31", "--lang", "en", "--out", "feedback-en.json");

        run.ExitCode.Should().Be(0);
        var feedback = DocumentSerializer.ReadFeedback(File.ReadAllText(_tool.PathOf("feedback-en.json")));
        feedback.Title.Should().StartWith("Feedback on version “").And.EndWith("”").And.NotContain("Rückkopplung");
    }

    [Fact]
    public void Feedback_Text_English_ListsTheProposals()
    {
        var run = _tool.Run("feedback", ToolHarness.Concept, ToolHarness.Plan, "--at", "2014-12-31", "--format", "text", "--lang", "en", "--title", "Feedback 2014");

        run.ExitCode.Should().Be(0);
        run.Out.Should().StartWith("Feedback into the city concept\n").And.Contain("Feedback 2014").And.Contain("R-1 · ").And.Contain("Decision: open");
    }

    [Fact]
    public void Validate_FeedbackDocument_IsRecognisedBySchema()
    {
        _tool.Run("feedback", ToolHarness.Concept, ToolHarness.Plan, "--at", "2014-12-31", "--out", "feedback.json").ExitCode.Should().Be(0);

        var run = _tool.Run("validate", "feedback.json", "--lang", "en");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("1 valid");
    }
}
