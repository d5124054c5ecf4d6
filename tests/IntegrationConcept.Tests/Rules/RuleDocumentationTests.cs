using FluentAssertions;
using IntegrationConcept.Rules;
using IntegrationConcept.Results;
using Xunit;

namespace IntegrationConcept.Tests.Rules;

public sealed class RuleDocumentationTests
{
    [Fact]
    public void RulesMarkdown_CatalogueTable_MatchesTheCatalogue()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "docs", "rules.md")))
        {
            directory = directory.Parent;
        }

        directory.Should().NotBeNull("docs/rules.md lies above the test output");
        var rows = File.ReadAllLines(Path.Combine(directory!.FullName, "docs", "rules.md"))
            .Where(line => line.StartsWith("| IC", StringComparison.Ordinal))
            .ToList();

        rows.Should().Equal(RuleCatalog.All.Select(r => $"| {r.Id} | {r.Title.English} | {r.Category} | {r.DefaultSeverity} |"));
    }
}
