using IntegrationConcept.Rendering.Content;

namespace IntegrationConcept.Rendering;

/// <summary>The Markdown rendering (<see cref="ReportMarkdown"/>) as an <see cref="IReportRenderer"/>: format <c>markdown</c>, <c>.md</c>.</summary>
public sealed class MarkdownRenderer : TextContentRenderer
{
    /// <summary>Creates the Markdown renderer.</summary>
    public MarkdownRenderer()
    {
    }

    /// <inheritdoc/>
    /// <value><c>markdown</c>.</value>
    public override string FormatName => "markdown";

    /// <inheritdoc/>
    /// <value><c>text/markdown; charset=utf-8</c>.</value>
    public override string MediaType => "text/markdown; charset=utf-8";

    /// <inheritdoc/>
    /// <value><c>.md</c>.</value>
    public override string FileExtension => ".md";

    /// <inheritdoc/>
    public override string RenderToString(ReportContent content) => ReportMarkdown.Render(content);
}
