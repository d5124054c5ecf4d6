using System;
using System.Globalization;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering;
using IntegrationConcept.Rendering.Sarif;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;

namespace IntegrationConcept.Cli.Output;

/// <summary>
/// What a renderer needs besides the report: the culture, the rule set and the files (for SARIF's line numbers). The
/// files' source maps are made only when a renderer asks for them: mapping every JSON path of every file is a pass over
/// all the input (for a matrix of a million elements, about as long as reading and checking it), and only SARIF uses it.
/// </summary>
internal sealed record RenderInput(CultureInfo Culture, RuleSet RuleSet, Lazy<SarifSources> Sources);

/// <summary>One output format of check and matrix: a renderer of the library, and how the tool makes one for an input (SARIF needs the files and rules).</summary>
internal sealed record ReportFormat(IReportRenderer Prototype, bool CombinesPlans, Func<RenderInput, IReportRenderer> Create)
{
    /// <summary>Gets the name on the command line.</summary>
    public string Name => Prototype.FormatName;

    /// <summary>Gets the file extension with its dot.</summary>
    public string Extension => Prototype.FileExtension;

    /// <summary>Gets whether the output is text that can go to standard output.</summary>
    public bool IsText => Prototype.IsText;

    /// <summary>Gets whether several reports of this format can follow one another on standard output (plain text and Markdown can).</summary>
    public bool Concatenates => IsText && Name is "text" or "markdown";

    /// <summary>Renders the report of one plan; the indicator lights use the rule set's tolerances, as the rules do.</summary>
    public byte[] RenderReport(CoverageReport report, DistrictPlan plan, RenderInput input)
    {
        var yellow = input.RuleSet.ParametersOf(RuleIds.IndicatorBehindPlan).GetNumber(RuleCatalog.YellowTolerancePercent);
        var red = input.RuleSet.ParametersOf(RuleIds.IndicatorOffTrack).GetNumber(RuleCatalog.RedTolerancePercent);
        return Create(input).RenderToBytes(ReportInput.ForPlan(report, plan, input.Culture, yellow, Math.Max(yellow, red)));
    }

    /// <summary>Renders a matrix.</summary>
    public byte[] RenderMatrix(CoverageMatrix matrix, RenderInput input)
        => Create(input).RenderToBytes(ReportInput.ForMatrix(matrix, input.Culture));
}
