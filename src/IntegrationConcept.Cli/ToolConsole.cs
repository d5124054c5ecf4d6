using System;
using System.IO;
using NodaTime;

namespace IntegrationConcept.Cli;

/// <summary>What a command may touch of the outside world: the two output streams, whether stderr is a terminal, the clock, the working folder.</summary>
internal sealed class ToolConsole
{
    public ToolConsole(TextWriter output, TextWriter error, bool isErrorTerminal, IClock clock, DateTimeZone zone, string workingDirectory)
    {
        Out = output;
        Error = error;
        IsErrorTerminal = isErrorTerminal;
        Clock = clock;
        Zone = zone;
        WorkingDirectory = workingDirectory;
    }

    /// <summary>Gets standard output: the reports, the schemas, the problems of validate.</summary>
    public TextWriter Out { get; }

    /// <summary>Gets standard error: errors, and progress when it is a terminal.</summary>
    public TextWriter Error { get; }

    /// <summary>Gets whether standard error is a terminal (not redirected into a file or a pipe).</summary>
    public bool IsErrorTerminal { get; }

    /// <summary>Gets the clock, read only for an explicit <c>--at today</c>.</summary>
    public IClock Clock { get; }

    /// <summary>Gets the time zone whose calendar date "today" is.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the folder relative paths start from.</summary>
    public string WorkingDirectory { get; }

    /// <summary>The real console, clock and working folder.</summary>
    public static ToolConsole FromSystem()
        => new(Console.Out, Console.Error, !Console.IsErrorRedirected, SystemClock.Instance, DateTimeZoneProviders.Bcl.GetSystemDefault(), Directory.GetCurrentDirectory());

    /// <summary>Resolves a path given on the command line against the working folder.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
