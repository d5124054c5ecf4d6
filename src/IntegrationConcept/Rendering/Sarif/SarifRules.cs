using System.Collections.Generic;
using System.Text;
using IntegrationConcept.Localization;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rendering.Sarif;

/// <summary>Describes the rules of a rule set for the SARIF driver: id, name, texts, help and configured level.</summary>
internal static class SarifRules
{
    /// <summary>The repository's address, the tool's information URI.</summary>
    public const string InformationUri = "https://github.com/integrationconcept/integrationconcept";

    /// <summary>Where the rule catalogue is documented.</summary>
    public const string HelpUri = InformationUri + "/blob/main/docs/rules.md#catalogue";

    private static readonly LocalizedText MessageLabel = new("Meldung", "Message");
    private static readonly LocalizedText CategoryLabel = new("Kategorie", "Category");

    // Lower case in English: it follows the category after a semicolon.
    private static readonly LocalizedText SeverityLabel = new("Schweregrad", "severity");

    /// <summary>The rules in the order given (the first of two with one id counts), and each rule's index by id.</summary>
    public static (List<SarifRuleDto> Rules, Dictionary<string, int> Index) Describe(IEnumerable<SarifRule> given, LanguageTable language)
    {
        var rules = new List<SarifRuleDto>();
        var index = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var rule in given)
        {
            if (index.TryAdd(Internal.Guard.NotNull(rule, nameof(given)).Id, rules.Count))
            {
                rules.Add(Describe(rule, language));
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

    private static SarifRuleDto Describe(SarifRule rule, LanguageTable language)
    {
        var title = language.Text(rule.Title);
        var severity = language.Text(Terms.SeverityWord(rule.Level));
        var template = Placeholders(language.Text(rule.MessageTemplate));
        var help = new StringBuilder();
        help.Append(Sentence(title)).Append(' ')
            .Append(language.Text(MessageLabel)).Append(": ").Append(Sentence(template)).Append(' ')
            .Append(language.Text(CategoryLabel)).Append(": ").Append(rule.Category).Append("; ")
            .Append(language.Text(SeverityLabel)).Append(": ").Append(severity).Append('.');
        if (rule.Help is { } more)
        {
            help.Append(' ').Append(Sentence(language.Text(more)));
        }

        return new SarifRuleDto(
            rule.Id,
            Name(rule.Title.English),
            new SarifTextDto(Sentence(title)),
            new SarifTextDto(Sentence(title) + " " + Sentence(template)),
            new SarifTextDto(help.ToString()),
            HelpUri,
            new SarifConfigurationDto(Level(rule.Level), rule.Enabled),
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
