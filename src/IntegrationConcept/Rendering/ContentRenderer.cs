using System;
using System.IO;
using IntegrationConcept.Internal;
using IntegrationConcept.Rendering.Content;

namespace IntegrationConcept.Rendering;

/// <summary>
/// A renderer of the committee report: it builds the format-neutral <see cref="ReportContent"/> ("Auf einen Blick",
/// goals by action field, indicators, findings, feedback, technical appendix) and writes it in its format. HTML, Word,
/// text and Markdown derive from it, so every one of them shows the same report.
/// </summary>
public abstract class ContentRenderer : IReportRenderer
{
    /// <summary>Initializes a renderer of the committee report.</summary>
    protected ContentRenderer()
    {
    }

    /// <inheritdoc/>
    public abstract string FormatName { get; }

    /// <inheritdoc/>
    public abstract string MediaType { get; }

    /// <inheritdoc/>
    public abstract string FileExtension { get; }

    /// <inheritdoc/>
    public abstract bool IsText { get; }

    /// <inheritdoc/>
    public void Render(ReportInput input, Stream output)
    {
        Guard.NotNull(input);
        Guard.NotNull(output);
        Write(input.ToContent(), output);
    }

    /// <summary>Writes content that is already built (to render it in several formats, build it once).</summary>
    /// <param name="content">The content.</param>
    /// <param name="output">The stream to write to; it stays open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> cannot be written.</exception>
    public abstract void Write(ReportContent content, Stream output);
}
