using System.Reflection;
using System.Text.RegularExpressions;
using FluentAssertions;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Rules.BuiltIn;
using Xunit;

namespace IntegrationConcept.Tests.Rules;

public sealed partial class RuleCatalogTests
{
    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex Placeholder();

    [Fact]
    public void All_IdsUniqueSortedAndGroupedByCategory()
    {
        var ids = RuleCatalog.All.Select(r => r.Id).ToList();

        ids.Should().NotBeEmpty().And.OnlyHaveUniqueItems().And.BeInAscendingOrder(StringComparer.Ordinal);
        foreach (var rule in RuleCatalog.All)
        {
            rule.Id.Should().MatchRegex(@"^IC[1-4]\d{3}$");
            var digit = rule.Id[2] - '1';
            ((int)rule.Category).Should().Be(digit, rule.Id);
        }
    }

    [Fact]
    public void All_GermanAndEnglishTemplatesUseTheSamePlaceholders()
    {
        foreach (var rule in RuleCatalog.All)
        {
            rule.Title.German.Should().NotBeNullOrWhiteSpace();
            rule.Title.English.Should().NotBeNullOrWhiteSpace();
            var german = Placeholder().Matches(rule.MessageTemplate.German).Select(m => m.Value).ToHashSet();
            var english = Placeholder().Matches(rule.MessageTemplate.English).Select(m => m.Value).ToHashSet();
            german.Should().BeEquivalentTo(english, rule.Id);
        }
    }

    [Fact]
    public void All_IsReadFromTheRegisteredRules()
        => RuleCatalog.All.Should().Equal(BuiltInRules.All.Select(r => r.Descriptor).OrderBy(d => d.Id, StringComparer.Ordinal), "the catalogue is what the rules say about themselves");

    [Fact]
    public void RuleIds_EveryConstantNamesARegisteredRuleOnce()
    {
        var constants = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        constants.Should().NotBeEmpty().And.OnlyHaveUniqueItems();
        constants.Should().BeSubsetOf(RuleCatalog.All.Select(r => r.Id), "a constant of RuleIds names a rule that runs");
    }

    [Fact]
    public void Get_KnownAndUnknownIds()
    {
        RuleCatalog.Get("IC4003").Parameters.Single().Name.Should().Be("redTolerancePercent");
        RuleCatalog.TryGet("IC0000", out _).Should().BeFalse();
        FluentActions.Invoking(() => RuleCatalog.Get("IC0000")).Should().Throw<RuleSetException>().WithMessage("*IC0000*");
    }

    [Fact]
    public void RuleDescriptor_InvalidIdOrDuplicateParameter_Throws()
    {
        var text = new IntegrationConcept.Localization.LocalizedText("a", "a");
        FluentActions.Invoking(() => new RuleDescriptor("a b", text, RuleCategory.Coverage, Severity.Info, text)).Should().Throw<ArgumentException>().WithMessage("*a b*");
        FluentActions.Invoking(() => new RuleDescriptor("X1", text, RuleCategory.Coverage, Severity.Info, text,
            new[] { RuleParameter.Number("p", 1m, text), RuleParameter.Text("p", "x", text) })).Should().Throw<ArgumentException>().WithMessage("*X1*p*");
        FluentActions.Invoking(() => RuleParameter.Number("p", -1m, text, minimum: 0m)).Should().Throw<ArgumentException>();
    }
}
