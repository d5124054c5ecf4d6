using IntegrationConcept.Rendering.Content;

namespace IntegrationConcept.Rendering;

/// <summary>The plain-text rendering (<see cref="ReportText"/>) as an <see cref="IReportRenderer"/>: format <c>text</c>, <c>.txt</c>.</summary>
public sealed class TextRenderer : TextContentRenderer
{
    /// <summary>Creates the plain-text renderer.</summary>
    public TextRenderer()
    {
    }

    /// <inheritdoc/>
    /// <value><c>text</c>.</value>
    public override string FormatName => "text";

    /// <inheritdoc/>
    /// <value><c>text/plain; charset=utf-8</c>.</value>
    public override string MediaType => "text/plain; charset=utf-8";

    /// <inheritdoc/>
    /// <value><c>.txt</c>.</value>
    public override string FileExtension => ".txt";

    /// <inheritdoc/>
    public override string RenderToString(ReportContent content) => ReportText.Render(content);
}
