using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using IntegrationConcept.Checking;
using IntegrationConcept.Cli.Output;

namespace IntegrationConcept.Cli.Commands;

/// <summary><c>ikon matrix CONCEPT PLAN… --at DATE</c>: checks several district plans against one city concept and writes the coverage matrix.</summary>
internal static class MatrixCommand
{
    public static Command Create(ToolConsole console)
        => ReportCommandLine.Create(
            console,
            "matrix",
            "Check several district plans against one city concept and write the coverage matrix: districts × city goals and action fields, and the combined coverage (where one district's ideas could transfer to another). Same options and exit codes as check.",
            "The district plan documents (JSON, format version 1 or 2), in the order the matrix lists them.",
            Run);

    private static int Run(ToolConsole console, ReportSettings settings, string conceptPath, string[] planPaths)
    {
        var inputs = ReportInputs.Read(console, settings, conceptPath, planPaths);
        if (inputs is null)
        {
            return ExitCodes.InvalidInput;
        }

        var plans = new List<Model.DistrictPlan>(inputs.Plans.Count);
        foreach (var plan in inputs.Plans)
        {
            plans.Add(plan.Value);
        }

        var matrix = new CoverageChecker(inputs.RuleSet).CheckAll(inputs.Concept.Value, plans, settings.At);
        var format = settings.Format;
        var content = format.RenderMatrix(matrix, inputs.RenderInput(console, settings, inputs.Plans));
        var name = Path.GetFileNameWithoutExtension(inputs.Concept.Path) + ".matrix" + format.Extension;
        OutputTarget.Write(console, format, settings.Out, [new RenderedOutput(name, content)]);
        return ReportInputs.Fails(matrix.Reports, settings.FailOn) ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
