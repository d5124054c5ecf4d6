using System;
using System.Globalization;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering.Content;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rendering;

/// <summary>
/// What an <see cref="IReportRenderer"/> renders: the report of one district plan together with the plan (its district
/// goals, measures, carriers, lead offices, budgets and indicators fill the committee tables), or a matrix of several
/// plans; the culture; and the indicator tolerances of the rule set.
/// </summary>
/// <example>
/// <code>
/// var input = ReportInput.ForPlan(report, plan, MessageCulture.German);
/// Console.Write(new TextRenderer().RenderToString(input));
/// </code>
/// </example>
public sealed class ReportInput
{
    private ReportInput(CoverageReport? report, DistrictPlan? plan, CoverageMatrix? matrix, CultureInfo culture, decimal yellow, decimal red)
    {
        Report = report;
        Plan = plan;
        Matrix = matrix;
        Culture = culture;
        YellowTolerancePercent = yellow;
        RedTolerancePercent = red;
    }

    /// <summary>Gets the report of one plan, or <see langword="null"/> for a matrix.</summary>
    public CoverageReport? Report { get; }

    /// <summary>Gets the plan the report is about, or <see langword="null"/> for a matrix.</summary>
    public DistrictPlan? Plan { get; }

    /// <summary>Gets the matrix, or <see langword="null"/> for the report of one plan.</summary>
    public CoverageMatrix? Matrix { get; }

    /// <summary>Gets the culture: German for "de*", English otherwise; numbers and dates per culture.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Gets the deviation from the target path, in percent of the planned change, above which an indicator is yellow.</summary>
    /// <value>Default: 10, as the parameter <c>yellowTolerancePercent</c> of IC4002 in the default rule set.</value>
    public decimal YellowTolerancePercent { get; }

    /// <summary>Gets the deviation above which an indicator is red.</summary>
    /// <value>Default: 25, as the parameter <c>redTolerancePercent</c> of IC4003 in the default rule set.</value>
    public decimal RedTolerancePercent { get; }

    /// <summary>Describes the report of one district plan.</summary>
    /// <param name="report">The report of checking <paramref name="plan"/>.</param>
    /// <param name="plan">The plan the report is about.</param>
    /// <param name="culture">The culture.</param>
    /// <param name="yellowTolerancePercent">The yellow tolerance; see <see cref="YellowTolerancePercent"/>.</param>
    /// <param name="redTolerancePercent">The red tolerance; see <see cref="RedTolerancePercent"/>.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/>, <paramref name="plan"/> or <paramref name="culture"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The plan is not the plan the report is about.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A tolerance is negative, or the yellow one exceeds the red one.</exception>
    public static ReportInput ForPlan(CoverageReport report, DistrictPlan plan, CultureInfo culture, decimal yellowTolerancePercent = 10m, decimal redTolerancePercent = 25m)
    {
        ReportContent.CheckPlan(report, plan, culture, yellowTolerancePercent, redTolerancePercent);
        return new ReportInput(report, plan, null, culture, yellowTolerancePercent, redTolerancePercent);
    }

    /// <summary>Describes a matrix of several plans against one city concept.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> or <paramref name="culture"/> is <see langword="null"/>.</exception>
    public static ReportInput ForMatrix(CoverageMatrix matrix, CultureInfo culture)
    {
        Guard.NotNull(matrix);
        Guard.NotNull(culture);
        return new ReportInput(null, null, matrix, culture, 10m, 25m);
    }

    /// <summary>Builds the committee report's content (the same for HTML, Word, text and Markdown).</summary>
    /// <returns>The content.</returns>
    public ReportContent ToContent()
        => Matrix is { } matrix
            ? ReportContent.ForMatrix(matrix, Culture)
            : ReportContent.ForPlan(Report!, Plan!, Culture, YellowTolerancePercent, RedTolerancePercent);
}
