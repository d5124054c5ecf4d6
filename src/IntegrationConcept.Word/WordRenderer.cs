using System.IO;
using IntegrationConcept.Rendering;
using IntegrationConcept.Rendering.Content;

namespace IntegrationConcept.Word;

/// <summary>
/// The Word document shaped like a council submission (<see cref="WordReport"/>) as an <see cref="IReportRenderer"/>:
/// format <c>docx</c>, <c>.docx</c>. A DOCX file is a ZIP package: the output stream must be seekable.
/// </summary>
public sealed class WordRenderer : ContentRenderer
{
    /// <summary>Creates the Word renderer.</summary>
    public WordRenderer()
    {
    }

    /// <inheritdoc/>
    /// <value><c>docx</c>.</value>
    public override string FormatName => "docx";

    /// <inheritdoc/>
    /// <value><c>application/vnd.openxmlformats-officedocument.wordprocessingml.document</c>.</value>
    public override string MediaType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <inheritdoc/>
    /// <value><c>.docx</c>.</value>
    public override string FileExtension => ".docx";

    /// <inheritdoc/>
    /// <value>Always <see langword="false"/>.</value>
    public override bool IsText => false;

    /// <inheritdoc/>
    public override void Write(ReportContent content, Stream output) => WordReport.Write(content, output);
}
