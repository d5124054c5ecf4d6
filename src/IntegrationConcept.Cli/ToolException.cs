using System;

namespace IntegrationConcept.Cli;

/// <summary>A failure the tool reports in one sentence, with the exit code it ends with; never shown with a stack trace unless --verbose.</summary>
internal sealed class ToolException : Exception
{
    public ToolException(int exitCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ExitCode = exitCode;
    }

    public ToolException()
        : this(ExitCodes.InvalidInput, "The tool failed.")
    {
    }

    public ToolException(string message)
        : this(ExitCodes.InvalidInput, message)
    {
    }

    public ToolException(string message, Exception innerException)
        : this(ExitCodes.InvalidInput, message, innerException)
    {
    }

    /// <summary>Gets the exit code: <see cref="ExitCodes.InvalidInput"/> or <see cref="ExitCodes.Usage"/>.</summary>
    public int ExitCode { get; }

    public static ToolException Usage(string message) => new(ExitCodes.Usage, message);

    public static ToolException Input(string message, Exception? inner = null) => new(ExitCodes.InvalidInput, message, inner);
}
