using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using Xunit;

namespace IntegrationConcept.Cli.Tests;

public sealed class OtherCommandTests : IDisposable
{
    private readonly ToolHarness _tool = new();

    public void Dispose() => _tool.Dispose();

    [Fact]
    public void Matrix_TwoPlans_PrintsMatrixWithBothDistricts()
    {
        var run = _tool.Run("matrix", ToolHarness.Concept, ToolHarness.Plan, ToolHarness.Plan, "--at", "2014-12-31", "--format", "json");

        run.ExitCode.Should().Be(0);
        DocumentSerializer.ReadCoverageMatrix(run.Out).Reports.Should().HaveCount(2);
    }

    [Fact]
    public void Matrix_FailOnWarning_ExitsOne()
    {
        _tool.Run("matrix", ToolHarness.Concept, ToolHarness.Plan, "--at", "2014-12-31", "--fail-on", "warning").ExitCode.Should().Be(1);
    }

    [Fact]
    public void Schema_Kind_PrintsTheSchema()
    {
        var run = _tool.Run("schema", "district-plan");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Be(DocumentSchemas.DistrictPlan);
    }

    [Fact]
    public void Schema_NoKind_ListsEveryVersionOfEveryKindWithItsUrl()
    {
        var run = _tool.Run("schema");

        // Two versions of concept and plan, one of the four other kinds (rule set, report, matrix, feedback).
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(8).And.Contain(l => l.StartsWith("rule-set ", StringComparison.Ordinal) && l.EndsWith("rule-set.v1.schema.json", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("city-concept     v1 ", StringComparison.Ordinal) && l.EndsWith("city-concept.v1.schema.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Schema_OutFolder_WritesEverySchemaAsInTheRepository()
    {
        var run = _tool.Run("schema", "--out", "schemas");

        // The current format version of each of the six document kinds, byte for byte as committed in schemas/.
        run.ExitCode.Should().Be(0);
        var written = Directory.GetFiles(_tool.PathOf("schemas"), "*.schema.json");
        written.Select(Path.GetFileName).Should().BeEquivalentTo(
            "city-concept.v2.schema.json", "district-plan.v2.schema.json", "rule-set.v1.schema.json",
            "coverage-report.v1.schema.json", "coverage-matrix.v1.schema.json", "feedback.v1.schema.json");
        foreach (var file in written)
        {
            File.ReadAllText(file).Should().Be(File.ReadAllText(Path.Combine(ToolHarness.Root, "schemas", Path.GetFileName(file))));
        }
    }

    [Fact]
    public void Schema_UnknownKind_IsAUsageError()
    {
        _tool.Run("schema", "plan").ExitCode.Should().Be(3);
    }

    [Fact]
    public void Explain_RuleWithParameter_ShowsParameterAndAnExampleRuleSetThatReads()
    {
        var run = _tool.Run("explain", "IC4002", "--lang", "en");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("IC4002  " + RuleCatalog.Get("IC4002").Title.English).And.Contain("yellowTolerancePercent (default 10, at least 0)");
        var json = run.Out[(run.Out.IndexOf("\n{\n", StringComparison.Ordinal) + 1)..(run.Out.IndexOf("\n}\n", StringComparison.Ordinal) + 3)];
        var ruleSet = DocumentSerializer.ReadRuleSet(json);
        ruleSet.SeverityOf("IC4002").Should().Be(Severity.Error);
        ruleSet.ParametersOf("IC4002").Should().NotBeNull();
    }

    [Fact]
    public void Explain_LowerCaseIdInGerman_ExplainsInGerman()
    {
        var run = _tool.Run("explain", "ic2002");

        run.Out.Should().Contain("Maßnahme ohne Träger").And.Contain("Schweregrad (Vorgabe):").And.Contain("zurückgestellt");
    }

    [Fact]
    public void Explain_NoRule_ListsEveryRule()
    {
        var run = _tool.Run("explain", "--lang", "en");

        run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..6]).Should().Equal(RuleCatalog.All.Select(r => r.Id));
    }

    [Fact]
    public void Explain_UnknownRule_IsAUsageError()
    {
        var run = _tool.Run("explain", "IC9999");

        run.ExitCode.Should().Be(3);
        run.Error.Should().Contain("IC9999");
    }

    [Fact]
    public void Init_WritesStarterFilesThatValidateAndCheck()
    {
        var run = _tool.Run("init", "--out", "start", "--lang", "en");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Contain("written: " + Path.Combine("start", "city-concept.json"));
        _tool.Run("validate", "start/city-concept.json", "start/district-plan.json").ExitCode.Should().Be(0);
        var check = _tool.Run("check", "start/city-concept.json", "start/district-plan.json", "--at", "2026-06-30", "--format", "json");
        check.ExitCode.Should().Be(0, check.Error);
        var report = DocumentSerializer.ReadCoverageReport(check.Out);
        report.FindGoal("WLS-1")!.Grade.Should().Be(IntegrationConcept.Results.CoverageGrade.Covered);
    }

    [Fact]
    public void Init_FilesExist_ExitsTwoUnlessForced()
    {
        _tool.Run("init").ExitCode.Should().Be(0);

        var again = _tool.Run("init", "--lang", "en");
        again.ExitCode.Should().Be(2);
        again.Error.Should().Contain("--force");
        _tool.Run("init", "--force").ExitCode.Should().Be(0);
    }

    [Fact]
    public void Verbose_OnAnError_PrintsTheStackTrace()
    {
        _tool.Run("init").ExitCode.Should().Be(0);

        var quiet = _tool.Run("init");
        var verbose = _tool.Run("init", "--verbose");

        quiet.Error.Should().NotContain("   at ");
        verbose.Error.Should().Contain("   at ").And.Contain("ToolException");
        verbose.ExitCode.Should().Be(2);
    }
}
