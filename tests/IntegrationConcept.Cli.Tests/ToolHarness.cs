using NodaTime;
using NodaTime.Testing;

namespace IntegrationConcept.Cli.Tests;

/// <summary>What one run of the tool gave: the exit code and both streams.</summary>
public sealed record ToolRun(int ExitCode, string Out, string Error);

/// <summary>Runs the tool in process, as a user's shell would, with captured streams, a fixed clock and a temporary working folder.</summary>
public sealed class ToolHarness : IDisposable
{
    public ToolHarness()
    {
        WorkingDirectory = Directory.CreateTempSubdirectory("ikon-tests-").FullName;
    }

    /// <summary>Gets the repository's root folder.</summary>
    public static string Root { get; } = FindRoot();

    public static string Concept { get; } = Path.Combine(Root, "samples", "TrierEhrangQuint", "data", "trier-city-concept.json");

    public static string Plan { get; } = Path.Combine(Root, "samples", "TrierEhrangQuint", "data", "ehrang-quint-district-plan.json");

    /// <summary>Gets the fixed "today": 14 March 2015, in UTC.</summary>
    public static LocalDate Today { get; } = new(2015, 3, 14);

    public string WorkingDirectory { get; }

    public bool ErrorIsTerminal { get; init; }

    public ToolRun Run(params string[] args) => RunIn(WorkingDirectory, args);

    public ToolRun RunIn(string workingDirectory, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var clock = new FakeClock(Today.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant().Plus(Duration.FromHours(12)));
        var console = new ToolConsole(output, error, ErrorIsTerminal, clock, DateTimeZone.Utc, workingDirectory);
        var code = ToolRunner.Run(args, console);
        return new ToolRun(code, output.ToString(), error.ToString());
    }

    public string PathOf(string name) => Path.Combine(WorkingDirectory, name);

    /// <summary>Writes a file into the working folder and returns its full path.</summary>
    public string Write(string name, string content)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(WorkingDirectory, recursive: true);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Directory.Build.props")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
