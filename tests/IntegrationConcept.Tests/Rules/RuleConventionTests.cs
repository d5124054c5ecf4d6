using FluentAssertions;
using IntegrationConcept.Checking;
using IntegrationConcept.Rules;
using Xunit;

namespace IntegrationConcept.Tests.Rules;

/// <summary>Every registered rule has a case in <see cref="RuleFixtures"/> where it fires and one where it stays silent.</summary>
public sealed class RuleConventionTests
{
    public static TheoryData<string> RegisteredRuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.All)
        {
            data.Add(rule.Id);
        }

        return data;
    }

    [Fact]
    public void Fixtures_CoverEveryRegisteredRuleAndNoOther()
        => RuleFixtures.ByRule.Keys.Should().BeEquivalentTo(RuleCatalog.All.Select(r => r.Id), "every rule needs a case where it fires and one where it is silent");

    [Theory]
    [MemberData(nameof(RegisteredRuleIds))]
    public void Rule_FiresInItsFiringCase(string ruleId)
    {
        RuleFixtures.ByRule.Should().ContainKey(ruleId);
        var c = RuleFixtures.ByRule[ruleId].Fires();

        var report = new CoverageChecker(c.Rules).Check(c.Concept, c.Plan, c.Date);

        report.Findings.Should().Contain(f => f.RuleId == ruleId, "the firing case of {0} must make it fire", ruleId);
    }

    [Theory]
    [MemberData(nameof(RegisteredRuleIds))]
    public void Rule_SilentInItsSilentCase(string ruleId)
    {
        RuleFixtures.ByRule.Should().ContainKey(ruleId);
        var c = RuleFixtures.ByRule[ruleId].Silent();

        var report = new CoverageChecker(c.Rules).Check(c.Concept, c.Plan, c.Date);

        report.Findings.Should().NotContain(f => f.RuleId == ruleId, "the silent case of {0} must not make it fire", ruleId);
    }
}
