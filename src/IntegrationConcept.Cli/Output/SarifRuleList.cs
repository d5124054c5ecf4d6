using System.Collections.Generic;
using System.Linq;
using IntegrationConcept.Rendering.Sarif;
using IntegrationConcept.Rules;

namespace IntegrationConcept.Cli.Output;

/// <summary>The rules of a rule set as the SARIF log lists them: each with its title, message, category, configured level and whether it runs.</summary>
internal static class SarifRuleList
{
    public static IEnumerable<SarifRule> From(RuleSet ruleSet)
        => ruleSet.Rules.Select(d => new SarifRule(d.Id, d.Title, d.MessageTemplate, d.Category, ruleSet.SeverityOf(d.Id), ruleSet.IsEnabled(d.Id)));
}
