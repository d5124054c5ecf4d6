using System;
using System.IO;
using IntegrationConcept.Internal;
using IntegrationConcept.Rendering;

namespace IntegrationConcept.Documents;

/// <summary>
/// The coverage report or matrix as a JSON document of the library's format (<see cref="DocumentSerializer.WriteCoverageReport(Stream, Results.CoverageReport)"/>),
/// as an <see cref="IReportRenderer"/>: format <c>json</c>, <c>.json</c>. The document can be read back; the culture
/// does not matter (messages are stored in both languages).
/// </summary>
public sealed class JsonReportRenderer : IReportRenderer
{
    /// <summary>Creates the JSON renderer.</summary>
    public JsonReportRenderer()
    {
    }

    /// <inheritdoc/>
    /// <value><c>json</c>.</value>
    public string FormatName => "json";

    /// <inheritdoc/>
    /// <value><c>application/json</c>.</value>
    public string MediaType => "application/json";

    /// <inheritdoc/>
    /// <value><c>.json</c>.</value>
    public string FileExtension => ".json";

    /// <inheritdoc/>
    /// <value>Always <see langword="true"/>.</value>
    public bool IsText => true;

    /// <inheritdoc/>
    public void Render(ReportInput input, Stream output)
    {
        Guard.NotNull(input);
        Guard.NotNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(output));
        }

        if (input.Matrix is { } matrix)
        {
            DocumentSerializer.WriteCoverageMatrix(output, matrix);
        }
        else
        {
            DocumentSerializer.WriteCoverageReport(output, input.Report!);
        }
    }
}
