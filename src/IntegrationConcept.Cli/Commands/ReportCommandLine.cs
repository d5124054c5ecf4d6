using System.CommandLine;

namespace IntegrationConcept.Cli.Commands;

/// <summary>
/// The command line that <c>check</c> and <c>matrix</c> share: a city concept, one or more district plans, and the
/// report options (<c>--at</c>, <c>--format</c>, <c>--lang</c>, <c>--out</c>, <c>--rules</c>, <c>--fail-on</c> …).
/// </summary>
internal static class ReportCommandLine
{
    /// <summary>Runs a report command once its arguments are parsed; returns the exit code.</summary>
    public delegate int Runner(ToolConsole console, ReportSettings settings, string conceptPath, string[] planPaths);

    /// <summary>A command named <paramref name="name"/> with the shared arguments and options that calls <paramref name="run"/>.</summary>
    public static Command Create(ToolConsole console, string name, string description, string plansDescription, Runner run)
    {
        var concept = new Argument<string>("CONCEPT") { Description = "The city concept document (JSON, format version 1 or 2)." }.RejectOptions();
        var plans = new Argument<string[]>("PLAN") { Description = plansDescription, Arity = ArgumentArity.OneOrMore }.RejectOptions();
        var options = new ReportOptions(console);
        var command = new Command(name, description)
        {
            concept,
            plans,
        };
        options.AddTo(command);
        command.SetAction(parse => run(console, options.Read(parse), parse.GetRequiredValue(concept), parse.GetRequiredValue(plans)));
        return command;
    }
}
