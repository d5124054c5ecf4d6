using System;
using System.Linq;
using System.Text;
using IntegrationConcept.Documents;
using IntegrationConcept.Rendering.Sarif;
using IntegrationConcept.Results;
using IntegrationConcept.Rendering;
using IntegrationConcept.Rendering.Html;
using IntegrationConcept.Word;

namespace IntegrationConcept.Cli.Output;

/// <summary>
/// The formats the tool can write, one per renderer the library offers. The list of --format values, the help
/// text and the README come from here, so a new renderer in the library needs one line.
/// </summary>
internal static class ReportFormats
{
    public static readonly ReportFormat[] All =
    [
        new("text", ".txt", IsText: true, CombinesPlans: false,
            (report, input) => Utf8(ReportText.Render(report, input.Culture)),
            (matrix, input) => Utf8(ReportText.Render(matrix, input.Culture))),
        new("markdown", ".md", IsText: true, CombinesPlans: false,
            (report, input) => Utf8(ReportMarkdown.Render(report, input.Culture)),
            (matrix, input) => Utf8(ReportMarkdown.Render(matrix, input.Culture))),
        new("json", ".json", IsText: true, CombinesPlans: false,
            (report, _) => DocumentSerializer.WriteCoverageReportToUtf8Bytes(report),
            (matrix, _) => DocumentSerializer.WriteCoverageMatrixToUtf8Bytes(matrix)),
        new("sarif", ReportSarif.FileExtension, IsText: true, CombinesPlans: true,
            (report, input) => Utf8(ReportSarif.Render(report, input.Culture, input.Sources, SarifRuleList.From(input.RuleSet))),
            (matrix, input) => Utf8(ReportSarif.Render(matrix, input.Culture, input.Sources, SarifRuleList.From(input.RuleSet)))),
        new("html", ".html", IsText: true, CombinesPlans: false,
            (report, input) => Utf8(HtmlReport.Render(ReportDocuments.ForReport(report, input))),
            (matrix, input) => Utf8(HtmlReport.Render(ReportDocuments.ForMatrix(matrix, input)))),
        new("docx", ".docx", IsText: false, CombinesPlans: false,
            (report, input) => WordReport.Create(ReportDocuments.ForReport(report, input)),
            (matrix, input) => WordReport.Create(ReportDocuments.ForMatrix(matrix, input))),
    ];

    public static readonly string[] Names = All.Select(f => f.Name).ToArray();

    public static ReportFormat Get(string name)
        => Array.Find(All, f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw ToolException.Usage($"There is no format '{name}'; use one of: {string.Join(", ", Names)}.");

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
