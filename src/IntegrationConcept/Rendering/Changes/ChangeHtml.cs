using System.Globalization;
using IntegrationConcept.Changes;
using IntegrationConcept.Internal;
using IntegrationConcept.Rendering.Html;

namespace IntegrationConcept.Rendering.Changes;

/// <summary>
/// Renders change reports, concept update impacts and feedback documents as one self-contained HTML5 file, written
/// like <see cref="HtmlReport"/>: no script (a Content-Security-Policy forbids it), real tables with scoped header
/// cells, and for a change report one before/after chart per action field as inline SVG with a text alternative.
/// Every text from the documents is escaped. German for a "de*" culture, English otherwise; lines end with <c>\n</c>.
/// </summary>
/// <example>
/// <code>
/// var change = CoverageChange.Compare(reportBefore, reportAfter);
/// File.WriteAllText("veraenderung.html", ChangeHtml.Render(change, CultureInfo.GetCultureInfo("de-DE")));
/// </code>
/// </example>
public static class ChangeHtml
{
    /// <summary>Renders a change report: the two checks, overall and per action field (with a before/after chart each), the goals whose grade changed, findings appeared and resolved, and indicators whose light changed.</summary>
    /// <param name="change">The change report.</param>
    /// <param name="culture">The culture: picks the language and the number and date format.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Render(CoverageChange change, CultureInfo culture)
    {
        var content = new ChangeContent(Guard.NotNull(culture));
        var document = content.Build(Guard.NotNull(change));
        var fields = document.Sections.Find(s => s.Heading == content.L(ChangeTexts.FieldsHeading));
        return HtmlReport.Render(ChangeHtmlContent.Blocks(content, document, fields, ChangeHtmlContent.FieldFigures(content, change)));
    }

    /// <summary>Renders a feedback document: every proposal with what it concerns, its provenance, the findings behind it and the decision.</summary>
    /// <param name="feedback">The feedback document.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Render(FeedbackDocument feedback, CultureInfo culture)
    {
        var content = new ChangeContent(Guard.NotNull(culture));
        return HtmlReport.Render(ChangeHtmlContent.Blocks(content, FeedbackContent.Build(content, Guard.NotNull(feedback))));
    }

    /// <summary>Renders a concept update's impact: the goal and principle changes and, per district plan, what to revisit.</summary>
    /// <param name="impact">The impact.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Render(ConceptUpdateImpact impact, CultureInfo culture)
    {
        var content = new ChangeContent(Guard.NotNull(culture));
        return HtmlReport.Render(ChangeHtmlContent.Blocks(content, FeedbackContent.Build(content, Guard.NotNull(impact))));
    }
}
