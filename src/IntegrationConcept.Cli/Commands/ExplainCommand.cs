using System.CommandLine;
using System.Globalization;
using System.Text;
using IntegrationConcept.Documents;
using IntegrationConcept.Localization;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;

namespace IntegrationConcept.Cli.Commands;

/// <summary><c>ikon explain [RULEID]</c>: a rule's documentation, parameters and examples, or the list of rules.</summary>
internal static class ExplainCommand
{
    private const string DocsUri = "https://github.com/integrationconcept/integrationconcept/blob/main/docs/rules.md";

    public static Command Create(ToolConsole console)
    {
        var ruleId = new Argument<string?>("RULEID")
        {
            Description = "The rule id, such as IC2002. Without it: every rule with its default severity and title.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var lang = LanguageOption.Create();
        var command = new Command("explain", "Explain a rule: its title, category, default severity, message, parameters with defaults and ranges, and examples of a rule set that changes it and of a justified suppression.")
        {
            ruleId,
            lang,
        };
        command.SetAction(parse => Run(console, parse.GetValue(ruleId), LanguageOption.Read(parse, lang)));
        return command;
    }

    private static int Run(ToolConsole console, string? ruleId, Language language)
    {
        var rules = RuleSet.Default.Rules;
        if (ruleId is null)
        {
            foreach (var rule in rules)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rule.Id}  {Level(rule.DefaultSeverity),-7}  {rule.Title.Get(language)}"));
            }

            return ExitCodes.Clean;
        }

        if (!RuleCatalog.TryGet(ruleId.ToUpperInvariant(), out var descriptor))
        {
            throw ToolException.Usage($"There is no rule '{ruleId}'; 'ikon explain' lists every rule.");
        }

        console.Out.Write(Explain(descriptor, language));
        return ExitCodes.Clean;
    }

    internal static string Explain(RuleDescriptor rule, Language language)
    {
        var de = language == Language.German;
        var text = new StringBuilder();
        text.Append(rule.Id).Append("  ").Append(rule.Title.Get(language)).Append('\n');
        Line(text, de ? "Kategorie" : "Category", rule.Category.ToString());
        Line(text, de ? "Schweregrad (Vorgabe)" : "Default severity", Level(rule.DefaultSeverity));
        Line(text, de ? "Meldung" : "Message", rule.MessageTemplate.Get(language));
        if (rule.Parameters.Count == 0)
        {
            Line(text, "Parameter", de ? "keine" : "none");
        }

        foreach (var parameter in rule.Parameters)
        {
            var value = parameter.DefaultNumber?.ToString(CultureInfo.InvariantCulture) ?? "\"" + parameter.DefaultText + "\"";
            var range = (parameter.Minimum, parameter.Maximum) switch
            {
                (null, null) => string.Empty,
                ({ } lo, null) => string.Create(CultureInfo.InvariantCulture, $", {(de ? "mindestens" : "at least")} {lo}"),
                (null, { } hi) => string.Create(CultureInfo.InvariantCulture, $", {(de ? "höchstens" : "at most")} {hi}"),
                ({ } lo, { } hi) => string.Create(CultureInfo.InvariantCulture, $", {lo}–{hi}"),
            };
            Line(text, "Parameter", $"{parameter.Name} ({(de ? "Vorgabe" : "default")} {value}{range}): {parameter.Description.Get(language)}");
        }

        Line(text, de ? "Dokumentation" : "Documentation", DocsUri + "#catalogue");

        var example = RuleSet.Default.WithName(de ? "mein-pruefprofil" : "my-rule-set")
            .WithSeverity(rule.Id, rule.DefaultSeverity == Severity.Error ? Severity.Warning : Severity.Error);
        foreach (var parameter in rule.Parameters)
        {
            example = parameter.DefaultNumber is { } number
                ? example.WithParameter(rule.Id, parameter.Name, number)
                : example.WithParameter(rule.Id, parameter.Name, parameter.DefaultText ?? string.Empty);
        }

        text.Append('\n').Append(de
            ? "Beispiel: ein Prüfprofil (--rules), das den Schweregrad ändert" + (rule.Parameters.Count > 0 ? " und die Parameter setzt" : string.Empty) + ":\n"
            : "Example: a rule set (--rules) that changes the severity" + (rule.Parameters.Count > 0 ? " and sets the parameters" : string.Empty) + ":\n");
        text.Append(DocumentSerializer.WriteRuleSet(example));
        text.Append('\n').Append(de
            ? "Beispiel: ein Befund wird im Stadtteilkonzept unter \"suppressions\" mit Begründung zurückgestellt:\n"
            : "Example: a district plan suppresses one finding under \"suppressions\", with its justification:\n");
        text.Append("  { \"ruleId\": \"").Append(rule.Id).Append("\", \"elementId\": \"")
            .Append(de ? "<Kennung des Elements>" : "<id of the element>").Append("\", \"justification\": \"")
            .Append(de ? "<warum der Befund hier hingenommen wird>" : "<why the finding is accepted here>").Append("\" }\n");
        return text.ToString();
    }

    private static void Line(StringBuilder text, string label, string value)
        => text.Append("  ").Append((label + ":").PadRight(24)).Append(value).Append('\n');

    private static string Level(Severity severity) => severity.ToString().ToLowerInvariant();
}
