using System.Globalization;
using System.Text;
using IntegrationConcept.Rules;

namespace IntegrationConcept.Tests.Rules;

/// <summary>
/// The parts of <c>docs/rules.md</c> written from the registered rules: the catalogue table with the parameters, and
/// the title and message templates of every rule in German and English. Each part sits between
/// <c>&lt;!-- BEGIN GENERATED name --&gt;</c> and <c>&lt;!-- END GENERATED name --&gt;</c>; the prose around them is written by hand.
/// </summary>
internal static class RuleDocumentation
{
    public static readonly IReadOnlyList<(string Name, Func<string> Generate)> Parts = [("catalogue", Catalogue), ("templates", Templates)];

    public static string Begin(string name) => $"<!-- BEGIN GENERATED {name}: written from the rules; IC_UPDATE_DOCS=1 dotnet test --filter RuleDocumentationTests rewrites it -->";

    public static string End(string name) => $"<!-- END GENERATED {name} -->";

    /// <summary>Replaces every generated part of the document with what the rules give now.</summary>
    /// <exception cref="InvalidOperationException">A part's markers are missing.</exception>
    public static string Regenerate(string document)
    {
        foreach (var (name, generate) in Parts)
        {
            var begin = document.IndexOf(Begin(name), StringComparison.Ordinal);
            var end = document.IndexOf(End(name), StringComparison.Ordinal);
            if (begin < 0 || end < begin)
            {
                throw new InvalidOperationException($"docs/rules.md lacks the markers of the generated part '{name}': {Begin(name)} ... {End(name)}");
            }

            var start = begin + Begin(name).Length;
            document = document[..start] + "\n" + generate() + document[end..];
        }

        return document;
    }

    private static string Catalogue()
    {
        var text = new StringBuilder();
        text.Append("| Id | Title | Category | Default severity |\n|---|---|---|---|\n");
        foreach (var rule in RuleCatalog.All)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {rule.Id} | {rule.Title.English} | {rule.Category} | {rule.DefaultSeverity} |\n");
        }

        text.Append("\nParameters:\n\n");
        foreach (var rule in RuleCatalog.All)
        {
            foreach (var parameter in rule.Parameters)
            {
                text.Append(CultureInfo.InvariantCulture, $"- {rule.Id} `{parameter.Name}` ({parameter.Kind.ToString().ToLowerInvariant()}, default {Default(parameter)}{Range(parameter)}): {parameter.Description.English}\n");
            }
        }

        return text.ToString();
    }

    private static string Templates()
    {
        var text = new StringBuilder();
        foreach (var rule in RuleCatalog.All)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n### {rule.Id} {rule.Title.English}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"*{rule.Title.German}* · {rule.Category} · {rule.DefaultSeverity}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"- de: {rule.MessageTemplate.German}\n");
            text.Append(CultureInfo.InvariantCulture, $"- en: {rule.MessageTemplate.English}\n");
        }

        return text.ToString();
    }

    private static string Default(RuleParameter parameter)
        => parameter.DefaultNumber?.ToString(CultureInfo.InvariantCulture) ?? $"\"{parameter.DefaultText}\"";

    private static string Range(RuleParameter parameter)
        => (parameter.Minimum, parameter.Maximum) switch
        {
            ({ } min, { } max) => string.Create(CultureInfo.InvariantCulture, $", {min} to {max}"),
            ({ } min, null) => string.Create(CultureInfo.InvariantCulture, $", at least {min}"),
            (null, { } max) => string.Create(CultureInfo.InvariantCulture, $", at most {max}"),
            _ => string.Empty,
        };
}
