using System;
using System.Text;
using IntegrationConcept.Internal;
using IntegrationConcept.Rendering.Content;

namespace IntegrationConcept.Rendering.Html;

/// <summary>
/// Writes a <see cref="ReportContent"/> as one self-contained HTML5 file: no script, no font, no style sheet from
/// elsewhere (a Content-Security-Policy forbids them), charts drawn as inline SVG with text alternatives, real
/// tables with header cells, and a print style sheet for A4. It works offline, from an e-mail attachment or an
/// intranet, and the browser's print-to-PDF gives a clean document.
/// </summary>
/// <example>
/// <code>
/// var content = ReportContent.ForPlan(report, plan, CultureInfo.GetCultureInfo("de-DE"));
/// File.WriteAllText("bericht.html", HtmlReport.Render(content));
/// </code>
/// </example>
public static class HtmlReport
{
    /// <summary>Renders the content as an HTML document; every text from the documents is escaped.</summary>
    /// <param name="content">The content.</param>
    /// <returns>The HTML document, UTF-8 declared, lines ending with <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is <see langword="null"/>.</exception>
    public static string Render(ReportContent content)
    {
        Guard.NotNull(content);
        var html = new StringBuilder(16_384);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(content.Table.Conventions.LanguageTag).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src ")
            .Append(HtmlStyles.CspHash).Append("; img-src data:; base-uri 'none'; form-action 'none'\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"generator\" content=\"IntegrationConcept\">\n");
        html.Append("<title>").AppendEscaped(content.Title).Append("</title>\n");
        html.Append("<style>").Append(HtmlStyles.Css).Append("</style>\n</head>\n<body>\n<main>\n");
        new HtmlBlocks(html, content.Table).Write(content.Blocks);
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }
}
