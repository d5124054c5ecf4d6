using System.Globalization;
using IntegrationConcept.Rendering.Sarif;

namespace IntegrationConcept.Cli.Input;

/// <summary>One problem of one file, printed compiler style: <c>file(line,col): error CODE: message</c>.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Position">Where in the file, or <see langword="null"/> for the file as a whole.</param>
/// <param name="Code">The problem's code, such as <c>IC0103</c>.</param>
/// <param name="Message">What is wrong.</param>
internal sealed record Diagnostic(string File, JsonSourcePosition? Position, string Code, string Message)
{
    /// <summary>Formats the problem the way compilers and CI log parsers expect it.</summary>
    public override string ToString()
        => Position is { } p
            ? string.Create(CultureInfo.InvariantCulture, $"{File}({p.Line},{p.Column}): error {Code}: {Message}")
            : string.Create(CultureInfo.InvariantCulture, $"{File}: error {Code}: {Message}");
}
