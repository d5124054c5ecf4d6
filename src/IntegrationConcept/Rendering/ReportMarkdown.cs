using System;
using System.Globalization;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering.Content;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rendering;

/// <summary>
/// Renders the committee report as GitHub-flavoured Markdown, with the same chapters and tables as the HTML report
/// (<see cref="Html.HtmlReport"/>): headings, pipe tables, lists; rule ids and JSON paths only in the technical
/// appendix. Every text from the documents is escaped. German for a "de*" culture, English otherwise.
/// <see cref="MarkdownRenderer"/> is the <see cref="IReportRenderer"/> of this format.
/// </summary>
/// <example>
/// <code>
/// File.WriteAllText("bericht.md", ReportMarkdown.Render(report, plan, MessageCulture.German));
/// </code>
/// </example>
public static class ReportMarkdown
{
    /// <summary>Renders the report of one district plan.</summary>
    /// <param name="report">The report.</param>
    /// <param name="plan">The plan the report is about.</param>
    /// <param name="culture">The culture: picks the language and the number and date format.</param>
    /// <returns>The Markdown.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The plan is not the plan the report is about.</exception>
    public static string Render(CoverageReport report, DistrictPlan plan, CultureInfo culture)
        => Render(ReportContent.ForPlan(report, plan, culture));

    /// <summary>Renders a matrix: several districts against one city concept.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The Markdown.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Render(CoverageMatrix matrix, CultureInfo culture)
        => Render(ReportContent.ForMatrix(matrix, culture));

    /// <summary>Renders content that is already built.</summary>
    /// <param name="content">The content.</param>
    /// <returns>The Markdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is <see langword="null"/>.</exception>
    public static string Render(ReportContent content) => MarkdownLayout.Write(Guard.NotNull(content));
}
