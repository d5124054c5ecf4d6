using System;
using System.Globalization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Rendering;
using IntegrationConcept.Rendering.Sarif;
using IntegrationConcept.Rules;

namespace IntegrationConcept.Cli.Output;

/// <summary>
/// What a renderer needs besides the report: the culture, the rule set, the files (for SARIF's line numbers) and,
/// for one report, the plan it is about (the HTML and Word reports list its goals, measures and indicators).
/// </summary>
internal sealed record RenderInput(CultureInfo Culture, RuleSet RuleSet, SarifSources Sources, DistrictPlan? Plan);

/// <summary>One output format of check and matrix: its name on the command line, file extension, and how it renders a report and a matrix.</summary>
internal sealed record ReportFormat(
    string Name,
    string Extension,
    bool IsText,
    bool CombinesPlans,
    Func<CoverageReport, RenderInput, byte[]> RenderReport,
    Func<CoverageMatrix, RenderInput, byte[]> RenderMatrix)
{
    /// <summary>Gets whether several reports of this format can follow one another on standard output (plain text and Markdown can).</summary>
    public bool Concatenates => IsText && Name is "text" or "markdown";
}
