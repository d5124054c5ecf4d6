using System.Text.Json;
using FluentAssertions;
using IntegrationConcept.Documents;
using Xunit;

namespace IntegrationConcept.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly ToolHarness _tool = new();

    public void Dispose() => _tool.Dispose();

    [Fact]
    public void Check_TrierSample_PrintsGermanReportAndExitsZero()
    {
        var run = _tool.Run("check", ToolHarness.Concept, ToolHarness.Plan, "--at", "2014-12-31");

        run.ExitCode.Should().Be(0, "the sample has warnings but no error, and --fail-on defaults to error");
        run.Out.Should().Contain("Ehrang/Quint").And.Contain("Stichtag: 31.12.2014").And.Contain("IC2002");
        run.Error.Should().BeEmpty();
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("info", 1)]
    [InlineData("never", 0)]
    public void Check_FailOn_ExitsOneOnlyForFindingsAtOrAboveIt(string failOn, int expected)
    {
        var run = _tool.Run("check", ToolHarness.Concept, ToolHarness.Plan, "--at", "2014-12-31", "--fail-on", failOn, "--format", "json");

        run.ExitCode.Should().Be(expected);
    }

    [Fact]
    public void Check_RuleSetMakingAWarningAnError_ExitsOne()
    {
        var rules = _tool.Write("strict.json", """
            {
              "$schema": "https://raw.githubusercontent.com/integrationconcept/integrationconcept/main/schemas/rule-set.v1.schema.json",
              "formatVersion": 1,
              "name": "strict",
              "severities": [ { "ruleId": "IC2002", "severity": "error" } ]
            }
            """);

        var run = _tool.Run("check", ToolHarness.Concept, ToolHarness.Plan, "--at", "2014-12-31", "--rules", rules, "--lang", "en");

        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain("IC2002");
    }

    [Fact]
    public void Check_RuleSetTolerances_AreTheOnesTheIndicatorTableUses()
    {
        var rules = _tool.Write("lenient.json", """
            {
              "$schema": "https://raw.githubusercontent.com/integrationconcept/integrationconcept/main/schemas/rule-set.v1.schema.json",
              "formatVersion": 1,
              "name": "lenient",
              "parameters": [
                { "ruleId": "IC4002", "name": "yellowTolerancePercent", "value": 30 },
                { "ruleId": "IC4003", "name": "redTolerancePercent", "value": 60 }
              ]
            }
            """);

        var run = _tool.Run("check", ToolHarness.Concept, ToolHarness.Plan, "--at", "2014-12-31", "--rules", rules);

        run.Out.Should().Contain("gelb: über 30\u00A0%, rot: über 60\u00A0%");
        run.Out.Should().Contain("  Abweichung: 5\u00A0Personen unter Soll (25\u00A0% der geplanten Veränderung)\n  Ampel: grün: Zielwert knapp verfehlt\n",
            "25 % is within a yellow tolerance of 30 %, and the target date has passed");
    }

    [Fact]
    public void Check_English_PrintsEnglishReport()
    {
        var run = _tool.Run("check", ToolHarness.Concept, ToolHarness.Plan, "--at", "2014-12-31", "--lang", "en", "--format", "markdown");

        run.Out.Should().Contain("# ").And.Contain("has no carrier");
    }

    [Fact]
    public void Check_AtToday_EvaluatesAtTheClocksDate()
    {
        var run = _tool.Run("check", ToolHarness.Concept, ToolHarness.Plan, "--at", "today", "--format", "json");

        DocumentSerializer.ReadCoverageReport(run.Out).EvaluationDate.Should().Be(ToolHarness.Today);
    }

    [Fact]
    public void Check_JsonToFile_WritesAReadableReport()
    {
        var run = _tool.Run("check", ToolHarness.Concept, ToolHarness.Plan, "--at", "2014-12-31", "--format", "json", "--out", "out/report.json");

        run.ExitCode.Should().Be(0);
        run.Out.Should().BeEmpty();
        DocumentSerializer.ReadCoverageReport(File.ReadAllText(_tool.PathOf("out/report.json"))).District.Should().Be("Ehrang/Quint");
    }

    [Fact]
    public void Check_TwoPlansIntoFolder_WritesOneFilePerPlan()
    {
        var second = _tool.Write("second/ehrang-quint-district-plan.json", File.ReadAllText(ToolHarness.Plan));
        var copy = _tool.Write("copy.json", File.ReadAllText(ToolHarness.Plan));

        var run = _tool.Run("check", ToolHarness.Concept, ToolHarness.Plan, copy, "--at", "2014-12-31", "--format", "markdown", "--out", "reports");

        run.ExitCode.Should().Be(0);
        Directory.GetFiles(_tool.PathOf("reports")).Select(Path.GetFileName).Should().BeEquivalentTo("ehrang-quint-district-plan.coverage.md", "copy.coverage.md");
        File.Exists(second).Should().BeTrue();
    }

    [Fact]
    public void Check_TwoPlansAsJsonToStandardOutput_IsAUsageError()
    {
        var run = _tool.Run("check", ToolHarness.Concept, ToolHarness.Plan, ToolHarness.Plan, "--at", "2014-12-31", "--format", "json");

        run.ExitCode.Should().Be(3);
        run.Error.Should().Contain("--out DIR");
    }

    [Fact]
    public void Check_Sarif_PointsResultsAtFilesRelativeToTheWorkingFolder()
    {
        var run = _tool.RunIn(ToolHarness.Root, "check", ToolHarness.Concept, ToolHarness.Plan, "--at", "2014-12-31", "--format", "sarif");

        run.ExitCode.Should().Be(0);
        var runElement = JsonDocument.Parse(run.Out).RootElement.GetProperty("runs")[0];
        runElement.GetProperty("artifacts")[1].GetProperty("location").GetProperty("uri").GetString()
            .Should().Be("samples/TrierEhrangQuint/data/ehrang-quint-district-plan.json");
        runElement.GetProperty("results").GetArrayLength().Should().BeGreaterThan(3);
    }

    [Fact]
    public void Check_SarifForTwoPlans_WritesOneLogWithBothFiles()
    {
        var copy = _tool.Write("copy plan.json", File.ReadAllText(ToolHarness.Plan));

        var run = _tool.Run("check", ToolHarness.Concept, ToolHarness.Plan, copy, "--at", "2014-12-31", "--format", "sarif");

        var artifacts = JsonDocument.Parse(run.Out).RootElement.GetProperty("runs")[0].GetProperty("artifacts");
        artifacts.GetArrayLength().Should().Be(3);
        artifacts[2].GetProperty("location").GetProperty("uri").GetString().Should().Be("copy%20plan.json");
        artifacts[1].GetProperty("location").GetProperty("uri").GetString().Should().StartWith("file:///");
    }

    [Fact]
    public void Check_MissingPlanFile_ExitsTwoNamingTheFile()
    {
        var run = _tool.Run("check", ToolHarness.Concept, "missing.json", "--at", "2014-12-31", "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.Error.Should().Contain("missing.json: error IC0001: The file does not exist.");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public void Check_PlanWithBrokenReference_ExitsTwoWithLineAndColumn()
    {
        var broken = _tool.Write("broken.json", File.ReadAllText(ToolHarness.Plan).Replace("\"actorId\": \"beirat\"", "\"actorId\": \"nobody\"", StringComparison.Ordinal));

        var run = _tool.Run("check", ToolHarness.Concept, broken, "--at", "2014-12-31", "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.Error.Should().MatchRegex(@"broken\.json\(\d+,\d+\): error IC0103: .*nobody");
        run.Error.Should().NotContain("   at ", "no stack trace without --verbose");
    }
}
