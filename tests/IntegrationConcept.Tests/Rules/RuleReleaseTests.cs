using FluentAssertions;
using IntegrationConcept.Rules;
using IntegrationConcept.Rules.BuiltIn;
using IntegrationConcept.Tests.Documents;
using Xunit;

namespace IntegrationConcept.Tests.Rules;

/// <summary>
/// The shipped-ids file is append-only and agrees with the rules; the registration (written by the source generator)
/// holds every rule class. The file itself is written by <see cref="RuleDocumentationTests"/> with IC_UPDATE_DOCS=1.
/// </summary>
public sealed class RuleReleaseTests
{
    public static readonly string ShippedFile = Path.Combine(RepositoryFiles.Root, "src", "IntegrationConcept", "Rules", "RuleReleases.Shipped.md");

    private static string Committed() => File.ReadAllText(ShippedFile).ReplaceLineEndings("\n");

    [Fact]
    public void Shipped_NoIdVanishesOrIsReused()
        => RuleReleases.Problems(Committed(), RuleCatalog.All).Should().BeEmpty();

    [Fact]
    public void Problems_DeletedRowOrDroppedRule_IsNamed()
    {
        var committed = Committed();
        var withoutRow = string.Join('\n', committed.Split('\n').Where(l => !l.StartsWith("IC2003 |", StringComparison.Ordinal)));
        var lastOfCoverage = RuleCatalog.All.Where(r => r.Id.StartsWith("IC1", StringComparison.Ordinal)).Max(r => r.Id)!;

        RuleReleases.Problems(withoutRow, RuleCatalog.All).Should().Contain(p => p.StartsWith("IC2003 is not listed", StringComparison.Ordinal))
            .And.Contain(p => p.StartsWith("IC2003 is missing between", StringComparison.Ordinal));
        RuleReleases.Problems(committed, RuleCatalog.All.Where(r => r.Id != lastOfCoverage).ToList())
            .Should().ContainSingle().Which.Should().StartWith(lastOfCoverage + " was shipped but no built-in rule has it");
        RuleReleases.Problems(committed.Replace("IC1001 | Coverage", "IC1001 | Evaluation", StringComparison.Ordinal), RuleCatalog.All)
            .Should().ContainSingle().Which.Should().Contain("keeps its category");
    }

    [Fact]
    public void Problems_RemovedRuleStaysTaken()
    {
        var removed = Committed() + "\n## Release 9.9.9\n\n" + RuleReleases.RemovedHeading + "\n\nRule ID | Category | Severity | Notes\n--------|----------|----------|------\nIC2003 | Operationalisation | Warning | gone\n";
        var withoutIc2003 = RuleCatalog.All.Where(r => r.Id != "IC2003").ToList();

        RuleReleases.Problems(removed, withoutIc2003).Should().ContainSingle().Which.Should().Contain("listed 2 times");
        RuleReleases.Problems(removed, RuleCatalog.All).Should().Contain(p => p.Contains("a built-in rule has it again", StringComparison.Ordinal));
    }

    [Fact]
    public void Regenerate_AppendsAMissingRuleToUnreleasedAndKeepsEveryRow()
    {
        var committed = Committed();
        var withoutRow = string.Join('\n', committed.Split('\n').Where(l => !l.StartsWith("IC4001 |", StringComparison.Ordinal)));

        var regenerated = RuleReleases.Regenerate(withoutRow);

        RuleReleases.Rows(regenerated).Select(r => r.Id).Should().BeEquivalentTo(RuleReleases.Rows(committed).Select(r => r.Id));
        regenerated.IndexOf("IC4001 | Evaluation", StringComparison.Ordinal).Should().BeGreaterThan(regenerated.IndexOf(RuleReleases.UnreleasedHeading, StringComparison.Ordinal));
        RuleReleases.Regenerate(committed).Should().Be(committed, "a complete file is left as it is");
    }

    [Fact]
    public void BuiltInRules_EveryRuleTypeIsRegistered()
    {
        var types = typeof(BuiltInRules).Assembly.GetTypes()
            .Where(t => typeof(ICoverageRule).IsAssignableFrom(t) && !t.IsAbstract && t.Namespace == typeof(BuiltInRules).Namespace)
            .ToList();
        var registered = BuiltInRules.All.Select(r => r.GetType()).ToList();

        types.Should().NotBeEmpty();
        registered.Should().BeEquivalentTo(types, "the source generator registers every rule class of Rules/BuiltIn");
        registered.Should().OnlyHaveUniqueItems();
        BuiltInRules.All.Select(r => r.Descriptor.Id).Should().BeInAscendingOrder(StringComparer.Ordinal);
    }

    [Fact]
    public void BuiltInRules_EveryCatalogueEntryHasARegisteredRule()
        => BuiltInRules.All.Select(r => r.Descriptor.Id).Should().BeEquivalentTo(RuleCatalog.All.Select(d => d.Id), "a rule listed in the catalogue but not registered would never run");
}
