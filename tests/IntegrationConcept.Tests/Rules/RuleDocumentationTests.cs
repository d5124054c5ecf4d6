using FluentAssertions;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.Documents;
using Xunit;

namespace IntegrationConcept.Tests.Rules;

/// <summary>
/// <c>docs/rules.md</c> carries the catalogue and the message templates as written from the registered rules, and
/// <c>RuleReleases.Shipped.md</c> a row for every rule id ever shipped (appended, never dropped). After adding or
/// changing a rule, run <c>IC_UPDATE_DOCS=1 dotnet test tests/IntegrationConcept.Tests --filter RuleDocumentationTests</c>
/// once and commit the file.
/// </summary>
public sealed class RuleDocumentationTests
{
    private static readonly string RulesMarkdown = Path.Combine(RepositoryFiles.Root, "docs", "rules.md");

    [Fact]
    public void RulesMarkdown_GeneratedParts_MatchTheRegisteredRules()
    {
        var committed = File.ReadAllText(RulesMarkdown).ReplaceLineEndings("\n");
        var generated = RuleDocumentation.Regenerate(committed);
        if (Environment.GetEnvironmentVariable("IC_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(RulesMarkdown, generated);
            committed = generated;
        }

        committed.Should().Be(generated, "docs/rules.md is written from the rules: run the tests once with IC_UPDATE_DOCS=1 and commit it");
    }

    [Fact]
    public void RuleReleasesShipped_ListsEveryRegisteredRule_OnlyByAppending()
    {
        var committed = File.ReadAllText(RuleReleaseTests.ShippedFile).ReplaceLineEndings("\n");
        var generated = RuleReleases.Regenerate(committed);
        if (Environment.GetEnvironmentVariable("IC_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(RuleReleaseTests.ShippedFile, generated);
            committed = generated;
        }

        committed.Should().Be(generated, "RuleReleases.Shipped.md gets a row for every new rule: run the tests once with IC_UPDATE_DOCS=1 and commit it");
    }

    [Fact]
    public void RulesMarkdown_NamesEveryRuleInTheTableAndTheTemplates()
    {
        var text = File.ReadAllText(RulesMarkdown);
        foreach (var rule in RuleCatalog.All)
        {
            text.Should().Contain($"| {rule.Id} | {rule.Title.English} |").And.Contain($"### {rule.Id} ").And.Contain("- de: " + rule.MessageTemplate.German);
        }
    }

    [Fact]
    public void Regenerate_ChangedTableRow_IsPutBackAndMissingMarkersNamed()
    {
        var committed = File.ReadAllText(RulesMarkdown).ReplaceLineEndings("\n");
        var drifted = committed.Replace("| IC1001 |", "| IC1001 (old) |", StringComparison.Ordinal);

        drifted.Should().NotBe(committed);
        RuleDocumentation.Regenerate(drifted).Should().Be(RuleDocumentation.Regenerate(committed));
        FluentActions.Invoking(() => RuleDocumentation.Regenerate("# Rules\n")).Should().Throw<InvalidOperationException>().WithMessage("*catalogue*");
    }
}
