using IntegrationConcept.Rendering.Content;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;

namespace IntegrationConcept.Cli.Output;

/// <summary>
/// The committee report's content (<see cref="ReportContent"/>) that the HTML and Word formats write, built with the
/// rule set's indicator tolerances so the traffic lights in the tables match the findings.
/// </summary>
internal static class ReportDocuments
{
    public static ReportContent ForReport(CoverageReport report, RenderInput input)
    {
        // check renders one report per plan and always passes its plan; a missing one is a bug in the tool.
        var plan = input.Plan ?? throw new System.InvalidOperationException("The HTML and Word reports need the district plan the report is about.");
        var yellow = input.RuleSet.ParametersOf(RuleIds.IndicatorBehindPlan).GetNumber(RuleCatalog.YellowTolerancePercent);
        var red = input.RuleSet.ParametersOf(RuleIds.IndicatorOffTrack).GetNumber(RuleCatalog.RedTolerancePercent);
        return ReportContent.ForPlan(report, plan, input.Culture, yellow, red);
    }

    public static ReportContent ForMatrix(CoverageMatrix matrix, RenderInput input)
        => ReportContent.ForMatrix(matrix, input.Culture);
}
