using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using IntegrationConcept.Checking;
using IntegrationConcept.Cli.Output;
using IntegrationConcept.Results;

namespace IntegrationConcept.Cli.Commands;

/// <summary><c>ikon check CONCEPT PLAN… --at DATE</c>: checks each district plan against the city concept and writes one report per plan.</summary>
internal static class CheckCommand
{
    public static Command Create(ToolConsole console)
        => ReportCommandLine.Create(
            console,
            "check",
            "Check district plans against a city concept: one coverage report per plan (findings, coverage per action field, feedback for the city concept). Exit code 1 when a finding at or above --fail-on is not suppressed.",
            "One or more district plan documents (JSON, format version 1 or 2).",
            Run);

    private static int Run(ToolConsole console, ReportSettings settings, string conceptPath, string[] planPaths)
    {
        var inputs = ReportInputs.Read(console, settings, conceptPath, planPaths);
        if (inputs is null)
        {
            return ExitCodes.InvalidInput;
        }

        var checker = new CoverageChecker(inputs.RuleSet);
        var format = settings.Format;
        var outputs = new List<RenderedOutput>();
        IReadOnlyList<CoverageReport> reports;
        if (format.CombinesPlans && inputs.Plans.Count > 1)
        {
            // One log for every plan: SARIF points each result at its own file.
            var matrix = checker.CheckAll(inputs.Concept.Value, Values(inputs), settings.At);
            reports = matrix.Reports;
            outputs.Add(new RenderedOutput("coverage" + format.Extension, format.RenderMatrix(matrix, inputs.RenderInput(console, settings, inputs.Plans))));
        }
        else
        {
            var list = new List<CoverageReport>(inputs.Plans.Count);
            foreach (var plan in inputs.Plans)
            {
                var report = checker.Check(inputs.Concept.Value, plan.Value, settings.At);
                list.Add(report);
                var name = Path.GetFileNameWithoutExtension(plan.Path) + ".coverage" + format.Extension;
                outputs.Add(new RenderedOutput(name, format.RenderReport(report, plan.Value, inputs.RenderInput(console, settings, [plan]))));
            }

            reports = list;
        }

        OutputTarget.Write(console, format, settings.Out, outputs);
        return ReportInputs.Fails(reports, settings.FailOn) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static IEnumerable<Model.DistrictPlan> Values(ReportInputs inputs)
    {
        foreach (var plan in inputs.Plans)
        {
            yield return plan.Value;
        }
    }
}
