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

    private static int Run(ToolConsole console, string? ruleId, LanguageTable language)
    {
        var rules = RuleSet.Default.Rules;
        if (ruleId is null)
        {
            foreach (var rule in rules)
            {
                console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rule.Id}  {Level(rule.DefaultSeverity),-7}  {language.Text(rule.Title)}"));
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

    internal static string Explain(RuleDescriptor rule, LanguageTable language)
    {
        var text = new StringBuilder();
        text.Append(rule.Id).Append("  ").Append(language.Text(rule.Title)).Append('\n');
        Line(text, language.Text(ToolTexts.Category), rule.Category.ToString());
        Line(text, language.Text(ToolTexts.DefaultSeverity), Level(rule.DefaultSeverity));
        Line(text, language.Text(ToolTexts.Message), language.Text(rule.MessageTemplate));
        if (rule.Parameters.Count == 0)
        {
            Line(text, language.Text(ToolTexts.Parameter), language.Text(ToolTexts.NoParameters));
        }

        foreach (var parameter in rule.Parameters)
        {
            var value = parameter.DefaultNumber?.ToString(CultureInfo.InvariantCulture) ?? "\"" + parameter.DefaultText + "\"";
            var range = (parameter.Minimum, parameter.Maximum) switch
            {
                (null, null) => string.Empty,
                ({ } lo, null) => Format(language, ToolTexts.AtLeast, lo),
                (null, { } hi) => Format(language, ToolTexts.AtMost, hi),
                ({ } lo, { } hi) => string.Create(CultureInfo.InvariantCulture, $", {lo}–{hi}"),
            };
            Line(text, language.Text(ToolTexts.Parameter), Format(language, ToolTexts.ParameterLine, parameter.Name, value, range, language.Text(parameter.Description)));
        }

        Line(text, language.Text(ToolTexts.Documentation), DocsUri + "#catalogue");

        var example = RuleSet.Default.WithName(language.Text(ToolTexts.ExampleRuleSetName))
            .WithSeverity(rule.Id, rule.DefaultSeverity == Severity.Error ? Severity.Warning : Severity.Error);
        foreach (var parameter in rule.Parameters)
        {
            example = parameter.DefaultNumber is { } number
                ? example.WithParameter(rule.Id, parameter.Name, number)
                : example.WithParameter(rule.Id, parameter.Name, parameter.DefaultText ?? string.Empty);
        }

        text.Append('\n').Append(language.Text(ToolTexts.ExampleRuleSet))
            .Append(rule.Parameters.Count > 0 ? language.Text(ToolTexts.ExampleRuleSetParameters) : string.Empty).Append(":\n");
        text.Append(DocumentSerializer.WriteRuleSet(example));
        text.Append('\n').Append(language.Text(ToolTexts.ExampleSuppression)).Append('\n');
        text.Append("  { \"ruleId\": \"").Append(rule.Id).Append("\", \"elementId\": \"")
            .Append(language.Text(ToolTexts.ExampleElementId)).Append("\", \"justification\": \"")
            .Append(language.Text(ToolTexts.ExampleJustification)).Append("\" }\n");
        return text.ToString();
    }

    // Numbers in the template are the rule's bounds, written as in a rule set (invariant), whatever the language.
    private static string Format(LanguageTable language, LocalizedText template, params object?[] arguments)
        => string.Format(CultureInfo.InvariantCulture, language.Text(template), arguments);

    private static void Line(StringBuilder text, string label, string value)
        => text.Append("  ").Append((label + ":").PadRight(24)).Append(value).Append('\n');

    private static string Level(Severity severity) => severity.ToString().ToLowerInvariant();
}
