using System;
using System.Globalization;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering.Content;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rendering;

/// <summary>
/// Renders the committee report as plain text for a console or an e-mail, at most 100 columns wide: "Auf einen
/// Blick", the goals of each action field with their status, district goals, measures (carrier, lead office,
/// period), budget and what is missing, the indicators, the findings by action field, the feedback for the city
/// concept, and the technical appendix with rule ids and JSON paths. German for a "de*" culture, English otherwise;
/// lines end with <c>\n</c>. The same content as <see cref="Html.HtmlReport"/>; <see cref="TextRenderer"/> is the
/// <see cref="IReportRenderer"/> of this format.
/// </summary>
/// <example>
/// <code>
/// Console.Write(ReportText.Render(report, plan, MessageCulture.German));
/// </code>
/// </example>
public static class ReportText
{
    /// <summary>Gets the width of the text in columns: no line is longer.</summary>
    /// <value>100.</value>
    public static int Width => TextLayout.Width;

    /// <summary>Renders the report of one district plan.</summary>
    /// <param name="report">The report.</param>
    /// <param name="plan">The plan the report is about (its goals, measures and indicators fill the tables).</param>
    /// <param name="culture">The culture: picks the language and the number and date format.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The plan is not the plan the report is about.</exception>
    public static string Render(CoverageReport report, DistrictPlan plan, CultureInfo culture)
        => Render(ReportContent.ForPlan(report, plan, culture));

    /// <summary>Renders a matrix: several districts against one city concept.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Render(CoverageMatrix matrix, CultureInfo culture)
        => Render(ReportContent.ForMatrix(matrix, culture));

    /// <summary>Renders content that is already built.</summary>
    /// <param name="content">The content.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is <see langword="null"/>.</exception>
    public static string Render(ReportContent content) => TextLayout.Write(Guard.NotNull(content));
}
