using System;
using System.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using IntegrationConcept.Localization;
using IntegrationConcept.Rendering.Content;

namespace IntegrationConcept.Word;

/// <summary>
/// Writes a <see cref="ReportContent"/> as a Word document (DOCX) shaped like a council submission (<i>Vorlage</i>
/// zur Kenntnisnahme): a title, the proposed resolution, then the report as the statement of facts
/// (<i>Sachdarstellung</i>) with real heading styles (navigable in Word's navigation pane and by screen readers),
/// real Word tables with a repeating header row and a caption, and the charts' text alternatives. It can be pasted
/// into a council information system.
/// </summary>
/// <example>
/// <code>
/// var content = ReportContent.ForPlan(report, plan, CultureInfo.GetCultureInfo("de-DE"));
/// using var file = File.Create("vorlage.docx");
/// WordReport.Write(content, file);
/// </code>
/// </example>
public static class WordReport
{
    /// <summary>
    /// Gets the texts the Word renderer adds around the content (the frame of a submission: "Vorlage zur Kenntnisnahme",
    /// "Beschlussvorschlag", ...): with <see cref="LanguageTable.Catalogue"/>, the keys a <see cref="LanguageTable"/> of a
    /// further language needs for Word documents.
    /// </summary>
    public static IntegrationConcept.Model.ValueList<LocalizedText> Texts => TextCatalogue.Texts;

    /// <summary>Writes the content as a DOCX document into a stream.</summary>
    /// <param name="content">The content.</param>
    /// <param name="stream">A writable, seekable stream; it stays open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> or <paramref name="stream"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> cannot be written or cannot seek.</exception>
    public static void Write(ReportContent content, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite || !stream.CanSeek)
        {
            throw new ArgumentException("The stream must be writable and seekable (a DOCX file is a ZIP package).", nameof(stream));
        }

        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document, autoSave: true);
        document.PackageProperties.Title = content.Title;
        document.PackageProperties.Language = content.Table.Conventions.DocumentLanguageTag;
        document.PackageProperties.Creator = "IntegrationConcept";
        var main = document.AddMainDocumentPart();
        WordStyles.Add(main, content.Table.Conventions.DocumentLanguageTag);
        WordNumbering.Add(main);
        var body = new Body();
        new WordBody(body, content.Table).Write(content);
        body.Append(new SectionProperties(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1418U, Header = 709U, Footer = 709U, Gutter = 0U }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    /// <summary>Creates the DOCX document in memory.</summary>
    /// <param name="content">The content.</param>
    /// <returns>The bytes of the DOCX file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is <see langword="null"/>.</exception>
    public static byte[] Create(ReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var stream = new MemoryStream();
        Write(content, stream);
        return stream.ToArray();
    }
}
