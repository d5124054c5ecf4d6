using System.Globalization;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Documents;

/// <summary>One problem found in a document: where it is (a JSON path such as <c>$.goals[3].text</c>) and what is wrong.</summary>
public sealed record DocumentProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="path">The JSON path of the offending value, such as <c>$.measures[0].period.end</c>; <c>$</c> for the whole document.</param>
    /// <param name="message">What is wrong, in words a planner can act on.</param>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public DocumentProblem(string path, string message)
    {
        Path = Guard.NotNull(path);
        Message = Guard.NotNull(message);
    }

    /// <summary>Gets the JSON path of the offending value.</summary>
    public string Path { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Message { get; }

    /// <summary>Formats the problem as <c>path: message</c>.</summary>
    /// <returns>The formatted problem.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Path}: {Message}");
}
