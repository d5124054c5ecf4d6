using System.Text;
using FluentAssertions;
using Xunit;

namespace IntegrationConcept.Cli.Tests;

/// <summary><c>--format csv</c>: goals and findings as one table for Excel.</summary>
public sealed class CsvFormatTests : IDisposable
{
    private readonly ToolHarness _tool = new();

    public void Dispose() => _tool.Dispose();

    [Fact]
    public void Check_Csv_WritesAGermanSemicolonTableWithByteOrderMark()
    {
        var run = _tool.Run("check", ToolHarness.Concept, ToolHarness.Plan, "--at", "2014-12-31", "--format", "csv", "--out", "bericht.csv");

        run.ExitCode.Should().Be(0, run.Error);
        var bytes = File.ReadAllBytes(_tool.PathOf("bericht.csv"));
        bytes.Take(3).Should().Equal(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");
        lines[0].Should().Be("Stadtteil;Art;Handlungsfeld;Element;Text;Stand;Regel;Schweregrad;Fundstelle;Begründung");
        lines.Should().Contain(l => l.StartsWith("Ehrang/Quint;Befund;;EQ-1;", StringComparison.Ordinal) && l.Contains(";IC4008;Warnung;", StringComparison.Ordinal));
    }

    [Fact]
    public void Matrix_CsvInEnglish_IsCommaSeparated()
    {
        var run = _tool.Run("matrix", ToolHarness.Concept, ToolHarness.Plan, "--at", "2014-12-31", "--format", "csv", "--lang", "en", "--out", "matrix.csv");

        run.ExitCode.Should().Be(0, run.Error);
        Encoding.UTF8.GetString(File.ReadAllBytes(_tool.PathOf("matrix.csv"))).Should().StartWith("\uFEFFDistrict,Kind,Action field,Element,Text,Grade,Rule,Severity,Location,Reason\r\n");
    }

    [Fact]
    public void Check_CsvToStandardOutput_IsRefusedWithAUsageError()
    {
        var run = _tool.Run("check", ToolHarness.Concept, ToolHarness.Plan, "--at", "2014-12-31", "--format", "csv");

        run.ExitCode.Should().Be(3);
        run.Error.Should().Contain("--out");
    }
}
