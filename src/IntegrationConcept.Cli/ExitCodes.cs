namespace IntegrationConcept.Cli;

/// <summary>The exit codes of every command; documented in the README and in <c>ikon --help</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was read and nothing at or above <c>--fail-on</c> was found.</summary>
    public const int Clean = 0;

    /// <summary>A check found findings at or above <c>--fail-on</c> (by default: an error that is not suppressed).</summary>
    public const int Findings = 1;

    /// <summary>Invalid input: a file is missing, cannot be read or written, or is not a valid document.</summary>
    public const int InvalidInput = 2;

    /// <summary>A usage error: an unknown command or option, a missing argument, a value that is not allowed.</summary>
    public const int Usage = 3;
}
