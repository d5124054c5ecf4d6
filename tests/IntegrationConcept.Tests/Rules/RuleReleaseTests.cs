using FluentAssertions;
using IntegrationConcept.Rules;
using IntegrationConcept.Rules.BuiltIn;
using IntegrationConcept.Tests.Documents;
using Xunit;

namespace IntegrationConcept.Tests.Rules;

/// <summary>The shipped-ids file and the registration of the built-in rules hold together with the rules themselves.</summary>
public sealed class RuleReleaseTests
{
    private static readonly string ShippedFile = Path.Combine(RepositoryFiles.Root, "src", "IntegrationConcept", "Rules", "RuleReleases.Shipped.md");

    private static List<(string Id, string Category)> ShippedRows()
        => File.ReadAllLines(ShippedFile)
            .Select(line => line.Split('|', StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length == 4 && cells[0].StartsWith("IC", StringComparison.Ordinal))
            .Select(cells => (cells[0], cells[1]))
            .ToList();

    [Fact]
    public void Shipped_NoIdTwice()
        => ShippedRows().Select(r => r.Id).Should().NotBeEmpty().And.OnlyHaveUniqueItems("an id is never reused");

    [Fact]
    public void Shipped_ListsEveryBuiltInRuleWithItsCategory()
    {
        var shipped = ShippedRows().ToDictionary(r => r.Id, r => r.Category, StringComparer.Ordinal);
        foreach (var rule in RuleCatalog.All)
        {
            shipped.Should().ContainKey(rule.Id, "a new rule is added to RuleReleases.Shipped.md");
            shipped[rule.Id].Should().Be(rule.Category.ToString(), rule.Id + " keeps its category");
        }
    }

    [Fact]
    public void BuiltInRules_EveryRuleTypeIsRegistered()
    {
        var types = typeof(BuiltInRules).Assembly.GetTypes()
            .Where(t => typeof(ICoverageRule).IsAssignableFrom(t) && !t.IsAbstract && t.Namespace == typeof(BuiltInRules).Namespace)
            .ToList();
        var registered = BuiltInRules.All.Select(r => r.GetType()).ToList();

        types.Should().NotBeEmpty();
        registered.Should().BeEquivalentTo(types, "a rule type that is not registered never runs");
        registered.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void BuiltInRules_EveryCatalogueEntryHasARegisteredRule()
        => BuiltInRules.All.Select(r => r.Descriptor.Id).Should().BeEquivalentTo(RuleCatalog.All.Select(d => d.Id), "a rule listed in the catalogue but not registered would never run");
}
