using IntegrationConcept.Rendering.Content;

namespace IntegrationConcept.Rendering.Html;

/// <summary>The self-contained HTML report (<see cref="HtmlReport"/>) as an <see cref="IReportRenderer"/>: format <c>html</c>, <c>.html</c>.</summary>
public sealed class HtmlRenderer : TextContentRenderer
{
    /// <summary>Creates the HTML renderer.</summary>
    public HtmlRenderer()
    {
    }

    /// <inheritdoc/>
    /// <value><c>html</c>.</value>
    public override string FormatName => "html";

    /// <inheritdoc/>
    /// <value><c>text/html; charset=utf-8</c>.</value>
    public override string MediaType => "text/html; charset=utf-8";

    /// <inheritdoc/>
    /// <value><c>.html</c>.</value>
    public override string FileExtension => ".html";

    /// <inheritdoc/>
    public override string RenderToString(ReportContent content) => HtmlReport.Render(content);
}
