using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using IntegrationConcept.Cli.Commands;
using IntegrationConcept.Cli.Output;

namespace IntegrationConcept.Cli;

/// <summary>The command line of <c>ikon</c>: builds the commands, parses, runs, and turns every failure into a message and an exit code.</summary>
internal static class ToolRunner
{
    /// <summary>The exit codes as the root command's help lists them.</summary>
    public const string ExitCodeHelp =
        "Exit codes: 0 clean; 1 findings at or above --fail-on (check, matrix); 2 invalid input (a file that is missing, "
        + "unreadable or not a valid document; validate or import found a problem); 3 usage error (unknown command or option, missing "
        + "argument, value not allowed).";

    /// <summary>Runs the tool with the given arguments and console; returns the exit code.</summary>
    public static int Run(string[] args, ToolConsole console)
    {
        var verbose = new Option<bool>("--verbose")
        {
            Description = "On an error, also print the exception with its stack trace (for bug reports).",
            Recursive = true,
        };
        var root = Build(console, verbose);
        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine("ikon: " + error.Message);
            }

            console.Error.WriteLine("Run 'ikon --help' or 'ikon <command> --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (ToolException ex)
        {
            console.Error.WriteLine("ikon: " + ex.Message);
            if (parse.GetValue(verbose))
            {
                console.Error.WriteLine(ex.ToString());
            }

            return ex.ExitCode;
        }
        catch (Exception ex)
        {
            console.Error.WriteLine("ikon: " + ex.Message);
            console.Error.WriteLine(parse.GetValue(verbose)
                ? ex.ToString()
                : "Run again with --verbose for the details.");
            return ExitCodes.InvalidInput;
        }
    }

    /// <summary>The root command with every subcommand.</summary>
    public static RootCommand Build(ToolConsole console, Option<bool> verbose)
    {
        var root = new RootCommand(
            "ikon: check whether district plans cover a city's integration concept (Integrationskonzept), validate the "
            + "documents, and write reports as " + string.Join(", ", ReportFormats.Names) + ". " + ExitCodeHelp)
        {
            CheckCommand.Create(console),
            MatrixCommand.Create(console),
            DiffCommand.Create(console),
            FeedbackCommand.Create(console),
            ValidateCommand.Create(console),
            SchemaCommand.Create(console),
            ExplainCommand.Create(console),
            InitCommand.Create(console),
            ImportCommand.Create(console),
            SuggestCommand.Create(console),
        };
        root.Add(verbose);
        return root;
    }
}
