using System.Collections.Generic;
using System.Globalization;
using System.Text;
using IntegrationConcept.Localization;
using IntegrationConcept.Rules;

namespace IntegrationConcept.Rendering.Sarif;

/// <summary>Describes the rules of a rule set for the SARIF driver: id, name, texts, help and configured level.</summary>
internal static class SarifRules
{
    /// <summary>The repository's address, the tool's information URI.</summary>
    public const string InformationUri = "https://github.com/integrationconcept/integrationconcept";

    /// <summary>Where the rule catalogue is documented.</summary>
    public const string HelpUri = InformationUri + "/blob/main/docs/rules.md#catalogue";

    /// <summary>The rules of the rule set in its order, and each rule's index by id.</summary>
    public static (List<SarifRuleDto> Rules, Dictionary<string, int> Index) Describe(RuleSet ruleSet, Language language)
    {
        var rules = new List<SarifRuleDto>();
        var index = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var descriptor in ruleSet.Rules)
        {
            if (index.TryAdd(descriptor.Id, rules.Count))
            {
                rules.Add(Describe(descriptor, ruleSet, language));
            }
        }

        return (rules, index);
    }

    /// <summary>The SARIF level of a severity.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static SarifRuleDto Describe(RuleDescriptor rule, RuleSet ruleSet, Language language)
    {
        var title = rule.Title.Get(language);
        var german = language == Language.German;
        var severity = Terms.SeverityWord(ruleSet.SeverityOf(rule.Id)).Get(language);
        var template = Placeholders(rule.MessageTemplate.Get(language));
        var help = new StringBuilder();
        help.Append(Sentence(title)).Append(' ')
            .Append(german ? "Meldung: " : "Message: ").Append(Sentence(template)).Append(' ')
            .Append(german ? "Kategorie: " : "Category: ").Append(rule.Category).Append("; ")
            .Append(german ? "Schweregrad: " : "severity: ").Append(severity).Append('.');
        foreach (var parameter in rule.Parameters)
        {
            help.Append(' ').Append(german ? "Parameter " : "Parameter ").Append(parameter.Name).Append(" (")
                .Append(german ? "Vorgabe " : "default ")
                .Append(parameter.DefaultNumber?.ToString(CultureInfo.InvariantCulture) ?? parameter.DefaultText)
                .Append("): ").Append(Sentence(parameter.Description.Get(language)));
        }

        return new SarifRuleDto(
            rule.Id,
            Name(rule.Title.English),
            new SarifTextDto(Sentence(title)),
            new SarifTextDto(Sentence(title) + " " + Sentence(template)),
            new SarifTextDto(help.ToString()),
            HelpUri,
            new SarifConfigurationDto(Level(ruleSet.SeverityOf(rule.Id)), ruleSet.IsEnabled(rule.Id)),
            new SarifRulePropertiesDto([rule.Category.ToString()]));
    }

    // A rule name as SARIF wants it: an identifier in PascalCase, from the English title.
    private static string Name(string englishTitle)
    {
        var name = new StringBuilder();
        var upper = true;
        foreach (var c in englishTitle)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            name.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return name.Length == 0 || char.IsAsciiDigit(name[0]) ? "Rule" + name : name.ToString();
    }

    // A message template for reading: its placeholders {0}, {1:N1}, ... as "…".
    private static string Placeholders(string template)
        => System.Text.RegularExpressions.Regex.Replace(template, @"\{[0-9]+(:[^}]*)?\}", "…", System.Text.RegularExpressions.RegexOptions.None, System.TimeSpan.FromSeconds(1));

    // A text as one sentence, ending with a full stop (SARIF's guidance for messages and descriptions).
    public static string Sentence(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length == 0 || trimmed[^1] is '.' or '!' or '?' ? trimmed : trimmed + ".";
    }
}
