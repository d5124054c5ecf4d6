using System;
using System.IO;

namespace IntegrationConcept.Rendering;

/// <summary>
/// One output format of a coverage report or matrix: plain text, Markdown, HTML, Word, JSON, SARIF … A new format is
/// a new class that implements this interface; a tool lists its formats as a list of renderers.
/// </summary>
/// <example>
/// <code>
/// IReportRenderer renderer = new MarkdownRenderer();
/// using var file = File.Create("bericht" + renderer.FileExtension);
/// renderer.Render(ReportInput.ForPlan(report, plan, MessageCulture.German), file);
/// </code>
/// </example>
public interface IReportRenderer
{
    /// <summary>Gets the format's name, lower case, as a tool's <c>--format</c> option takes it, such as <c>text</c> or <c>html</c>.</summary>
    public string FormatName { get; }

    /// <summary>Gets the media type of what the renderer writes, such as <c>text/html; charset=utf-8</c>.</summary>
    public string MediaType { get; }

    /// <summary>Gets the file extension with its dot, such as <c>.html</c>.</summary>
    public string FileExtension { get; }

    /// <summary>Gets whether the output is text (UTF-8 without byte order mark) that can be shown on a console.</summary>
    public bool IsText { get; }

    /// <summary>Renders a report or matrix into a stream.</summary>
    /// <param name="input">What to render: the report of one plan or a matrix, the culture and the indicator tolerances.</param>
    /// <param name="output">The stream to write to; it stays open. Formats packed as ZIP (Word) need it seekable.</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> cannot be written (or, for a ZIP-based format, cannot seek).</exception>
    public void Render(ReportInput input, Stream output);
}
