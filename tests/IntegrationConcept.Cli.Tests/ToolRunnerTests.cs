using FluentAssertions;
using Xunit;

namespace IntegrationConcept.Cli.Tests;

public sealed class ToolRunnerTests : IDisposable
{
    private readonly ToolHarness _tool = new();

    public void Dispose() => _tool.Dispose();

    [Theory]
    [InlineData("")] // no command
    [InlineData("frobnicate")] // unknown command
    [InlineData("check c.json p.json")] // --at missing
    [InlineData("check c.json p.json --at 31.12.2014")] // not an ISO date
    [InlineData("check c.json --at 2014-12-31")] // no plan
    [InlineData("check c.json p.json --at 2014-12-31 --format pdf")]
    [InlineData("check c.json p.json --at 2014-12-31 --lang fr")]
    [InlineData("check c.json p.json --at 2014-12-31 --fail-on sometimes")]
    [InlineData("check c.json p.json --at 2014-12-31 --unknown")]
    [InlineData("validate --strict a.json")]
    public void Run_UsageError_ExitsThreeWithAMessageAndNoStackTrace(string commandLine)
    {
        var run = _tool.Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        run.ExitCode.Should().Be(3);
        run.Error.Should().Contain("ikon: ").And.Contain("--help").And.NotContain("   at ");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public void Run_BadDate_SaysWhatToWrite()
    {
        _tool.Run("check", "c.json", "p.json", "--at", "tomorrow").Error.Should().Contain("YYYY-MM-DD").And.Contain("today");
    }

    [Fact]
    public void Help_Root_ListsCommandsAndExitCodes()
    {
        var run = _tool.Run("--help");

        run.ExitCode.Should().Be(0);
        foreach (var command in new[] { "check", "matrix", "validate", "schema", "explain", "init" })
        {
            run.Out.Should().Contain("  " + command + " ");
        }

        run.Out.Should().Contain("Exit codes: 0 clean; 1 findings");
    }

    [Fact]
    public void Help_Check_DescribesEveryOption()
    {
        var run = _tool.Run("check", "--help");

        run.ExitCode.Should().Be(0);
        foreach (var option in new[] { "--at <DATE>", "--rules <RULESET>", "--lang <de|en>", "-f, --format <FORMAT>", "-o, --out <FILE|DIR>", "--fail-on <SEVERITY>", "--verbose" })
        {
            run.Out.Should().Contain(option);
        }
    }

    [Fact]
    public void Version_PrintsTheVersion()
    {
        var run = _tool.Run("--version");

        run.ExitCode.Should().Be(0);
        run.Out.Should().MatchRegex(@"^\d+\.\d+\.\d+");
    }

    [Fact]
    public void Progress_ManyFilesOnATerminal_IsShownOnStandardError()
    {
        using var terminal = new ToolHarness { ErrorIsTerminal = true };
        var plans = Enumerable.Repeat(ToolHarness.Plan, Input.Progress.Threshold).ToArray();

        var run = terminal.Run(["validate", .. plans]);

        run.Error.Should().Contain($"[{Input.Progress.Threshold}/{Input.Progress.Threshold}]");
        run.ExitCode.Should().Be(0);
    }

    [Fact]
    public void Progress_NotATerminal_StandardErrorStaysEmpty()
    {
        var plans = Enumerable.Repeat(ToolHarness.Plan, Input.Progress.Threshold).ToArray();

        var run = _tool.Run(["check", ToolHarness.Concept, .. plans, "--at", "2014-12-31", "--out", "reports"]);

        run.Error.Should().BeEmpty();
        run.ExitCode.Should().Be(0);
    }

    [Fact]
    public void Progress_FewFilesOnATerminal_IsNotShown()
    {
        using var terminal = new ToolHarness { ErrorIsTerminal = true };

        terminal.Run("validate", ToolHarness.Plan).Error.Should().BeEmpty();
    }
}
