using System;
using System.Linq;
using IntegrationConcept.Documents;
using IntegrationConcept.Rendering;
using IntegrationConcept.Rendering.Csv;
using IntegrationConcept.Rendering.Html;
using IntegrationConcept.Rendering.Sarif;
using IntegrationConcept.Word;

namespace IntegrationConcept.Cli.Output;

/// <summary>
/// The formats the tool can write, one per renderer (<see cref="IReportRenderer"/>) the library offers. The list of --format values, the help
/// text and the README come from here, so a new renderer in the library needs one line.
/// </summary>
internal static class ReportFormats
{
    public static readonly ReportFormat[] All =
    [
        new(new TextRenderer(), CombinesPlans: false, _ => new TextRenderer()),
        new(new MarkdownRenderer(), CombinesPlans: false, _ => new MarkdownRenderer()),
        new(new JsonReportRenderer(), CombinesPlans: false, _ => new JsonReportRenderer()),
        new(new SarifRenderer(), CombinesPlans: true, input => new SarifRenderer(input.Sources.Value, SarifRuleList.From(input.RuleSet))),
        new(new HtmlRenderer(), CombinesPlans: false, _ => new HtmlRenderer()),
        new(new WordRenderer(), CombinesPlans: false, _ => new WordRenderer()),
        new(new CsvRenderer(), CombinesPlans: false, _ => new CsvRenderer()),
    ];

    public static readonly string[] Names = All.Select(f => f.Name).ToArray();

    public static ReportFormat Get(string name)
        => Array.Find(All, f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw ToolException.Usage($"There is no format '{name}'; use one of: {string.Join(", ", Names)}.");
}
