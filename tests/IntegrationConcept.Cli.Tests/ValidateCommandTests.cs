using FluentAssertions;
using Xunit;

namespace IntegrationConcept.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly ToolHarness _tool = new();

    public void Dispose() => _tool.Dispose();

    [Fact]
    public void Validate_TrierSample_ExitsZeroWithSummary()
    {
        var run = _tool.Run("validate", ToolHarness.Concept, ToolHarness.Plan, "--lang", "en");

        run.ExitCode.Should().Be(0);
        run.Out.Should().Be("2 file(s) checked, 2 valid, 0 problem(s).\n");
    }

    [Fact]
    public void Validate_EveryProblemOfEveryFile_CompilerStyleAtTheRightLine()
    {
        var text = File.ReadAllText(ToolHarness.Plan)
            .Replace("\"actorId\": \"beirat\"", "\"actorId\": \"nobody\"", StringComparison.Ordinal);
        _tool.Write("plan.json", text);
        _tool.Write("syntax.json", "{\n  \"$schema\": \"https://example.org/city-concept.v1.schema.json\",\n  \"formatVersion\": 1,\n  \"title\": oops\n}\n");

        var run = _tool.Run("validate", "plan.json", "syntax.json", "missing.json", "--lang", "en");

        run.ExitCode.Should().Be(2);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var planLines = text.Split('\n');
        var broken = lines.Where(l => l.StartsWith("plan.json(", StringComparison.Ordinal)).ToList();
        broken.Should().NotBeEmpty();
        foreach (var line in broken)
        {
            line.Should().MatchRegex(@"^plan\.json\(\d+,\d+\): error IC01\d\d: ");
        }

        var unresolved = broken.First(l => l.Contains("nobody", StringComparison.Ordinal));
        var lineNumber = int.Parse(unresolved[(unresolved.IndexOf('(') + 1)..unresolved.IndexOf(',')], System.Globalization.CultureInfo.InvariantCulture);
        planLines[lineNumber - 1].Should().Contain("\"actorId\"", "the problem is located at the member it names");
        lines.Should().Contain(l => l.StartsWith("syntax.json(4,12): error IC0002: ", StringComparison.Ordinal));
        lines.Should().Contain("missing.json: error IC0001: The file does not exist.");
        lines[^1].Should().StartWith("3 file(s) checked, 0 valid,");
        broken.Should().HaveCount(text.Split("\"nobody\"").Length - 1, "every problem of the file is listed");
    }

    [Fact]
    public void Validate_German_SaysTheHeadlineInGerman()
    {
        _tool.Write("plan.json", File.ReadAllText(ToolHarness.Plan).Replace("\"actorId\": \"beirat\"", "\"actorId\": \"nobody\"", StringComparison.Ordinal));

        var run = _tool.Run("validate", "plan.json");

        run.Out.Should().Contain("error IC0103: Verweis auf ein fehlendes Element").And.Contain("Datei(en) geprüft");
    }

    [Theory]
    [InlineData("--lang", "de")]
    [InlineData(null, null)]
    public void Validate_BadFileInGerman_SaysTheLibrarysReadingErrorInGermanAtTheSamePlace(string? option, string? value)
    {
        _tool.Write("bad.json", "{\n  \"$schema\": \"https://example.org/city-concept.v2.schema.json\",\n  \"formatVersion\": 2,\n  \"title\": 7\n}\n");
        string[] german = option is null ? ["validate", "bad.json"] : ["validate", "bad.json", option, value!];

        var de = _tool.Run(german);
        var en = _tool.Run("validate", "bad.json", "--lang", "en");

        de.ExitCode.Should().Be(2);
        en.Out.Should().Contain("bad.json(4,13): error IC0002: Expected a string here. ($.title)");
        de.Out.Should().Contain("bad.json(4,13): error IC0002: kein gültiges Dokument ($.title): Erwartet wird hier eine Zeichenkette.");
    }

    [Fact]
    public void Validate_FileWithoutSchema_SaysTheKindCannotBeTold()
    {
        _tool.Write("plain.json", "{ \"title\": \"x\" }");

        var run = _tool.Run("validate", "plain.json", "--lang", "en");

        run.ExitCode.Should().Be(2);
        run.Out.Should().Contain("plain.json(1,1): error IC0003: The kind of document cannot be told");
    }

    [Fact]
    public void Validate_NoFile_IsAUsageError()
    {
        _tool.Run("validate").ExitCode.Should().Be(3);
    }
}
