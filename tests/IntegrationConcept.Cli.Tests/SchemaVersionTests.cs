using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Model;
using Xunit;

namespace IntegrationConcept.Cli.Tests;

/// <summary><c>ikon schema</c> writes every format version that is read, byte for byte as committed under schemas/.</summary>
public sealed class SchemaVersionTests : IDisposable
{
    private readonly ToolHarness _tool = new();

    public void Dispose() => _tool.Dispose();

    [Theory]
    [InlineData("city-concept", "1")]
    [InlineData("city-concept", "2")]
    [InlineData("district-plan", "1")]
    [InlineData("district-plan", "2")]
    [InlineData("rule-set", "1")]
    [InlineData("coverage-report", "1")]
    [InlineData("coverage-matrix", "1")]
    public void Schema_KindAndVersion_PrintsThatVersionAsCommitted(string kind, string version)
    {
        var run = _tool.Run("schema", kind, "--version", version);

        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Be(Committed($"{kind}.v{version}.schema.json"));
    }

    [Fact]
    public void Schema_VersionOneToFile_WritesTheV1Schema()
    {
        var run = _tool.Run("schema", "district-plan", "--version", "1", "--out", "old/plan.schema.json");

        run.ExitCode.Should().Be(0, run.Error);
        File.ReadAllText(_tool.PathOf("old/plan.schema.json")).Should().Be(Committed("district-plan.v1.schema.json"));
    }

    [Fact]
    public void Schema_AllIntoFolder_WritesEveryCommittedSchemaByteForByte()
    {
        var run = _tool.Run("schema", "--all", "--out", "every");

        run.ExitCode.Should().Be(0, run.Error);
        var committed = Directory.GetFiles(Path.Combine(ToolHarness.Root, "schemas"), "*.schema.json").Select(Path.GetFileName);
        var written = Directory.GetFiles(_tool.PathOf("every"));
        written.Select(Path.GetFileName).Should().BeEquivalentTo(committed);
        written.Should().HaveCount(8, "two versions of concept and plan, one of rule set, report, matrix and feedback");
        foreach (var file in written)
        {
            File.ReadAllBytes(file).Should().Equal(File.ReadAllBytes(Path.Combine(ToolHarness.Root, "schemas", Path.GetFileName(file))), Path.GetFileName(file));
        }
    }

    [Fact]
    public void Schema_AllOfOneKind_WritesItsVersions()
    {
        var run = _tool.Run("schema", "city-concept", "--all", "--out", "concept");

        run.ExitCode.Should().Be(0, run.Error);
        Directory.GetFiles(_tool.PathOf("concept")).Select(Path.GetFileName).Should().BeEquivalentTo("city-concept.v1.schema.json", "city-concept.v2.schema.json");
    }

    [Theory]
    [InlineData("rule-set", "2", "rule-set has no format version 2; its versions are 1.")]
    [InlineData("city-concept", "3", "city-concept has no format version 3; its versions are 1, 2.")]
    public void Schema_VersionThatDoesNotExist_IsAUsageErrorNamingTheVersions(string kind, string version, string message)
    {
        var run = _tool.Run("schema", kind, "--version", version);

        run.ExitCode.Should().Be(3);
        run.Error.Should().Contain(message);
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public void Schema_VersionWithoutKind_IsAUsageError()
    {
        var run = _tool.Run("schema", "--version", "1");

        run.ExitCode.Should().Be(3);
        run.Error.Should().Contain("--version needs a KIND");
    }

    [Fact]
    public void Schema_AllWithoutOut_IsAUsageError()
    {
        var run = _tool.Run("schema", "--all");

        run.ExitCode.Should().Be(3);
        run.Error.Should().Contain("--out DIR");
    }

    [Fact]
    public void Library_GetWithVersion_EqualsCommittedFileAndUriNamesTheVersion()
    {
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            foreach (var version in DocumentSchemas.GetFormatVersions(kind))
            {
                var uri = DocumentSchemas.GetUri(kind, version);
                var file = uri.AbsolutePath[(uri.AbsolutePath.LastIndexOf('/') + 1)..];
                DocumentSchemas.Get(kind, version).Should().Be(Committed(file));
            }
        }

        DocumentSchemas.GetFormatVersions(DocumentKind.CityConcept).Should().Equal(1, 2);
        DocumentSchemas.Get(DocumentKind.DistrictPlan).Should().Be(DocumentSchemas.Get(DocumentKind.DistrictPlan, 2));
    }

    [Fact]
    public void Library_GetWithUnknownVersion_ThrowsNamingTheVersions()
    {
        var act = () => DocumentSchemas.Get(DocumentKind.RuleSet, 2);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("The rule set format has no version 2; its versions are 1.*")
            .Which.ParamName.Should().Be("formatVersion");
    }

    private static string Committed(string fileName) => File.ReadAllText(Path.Combine(ToolHarness.Root, "schemas", fileName));
}
