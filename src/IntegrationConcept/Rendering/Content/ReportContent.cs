using System;
using System.Collections.Generic;
using System.Globalization;
using IntegrationConcept.Internal;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rendering.Content;

/// <summary>
/// What a committee report says, independent of its format: headings, paragraphs, lists, tables and charts in
/// the order a reader needs them ("Auf einen Blick", goals by action field, indicators, findings, feedback, and a
/// technical appendix with rule ids and JSON paths). The HTML report and the Word document write the same content.
/// </summary>
/// <example>
/// <code>
/// var content = ReportContent.ForPlan(report, plan, CultureInfo.GetCultureInfo("de-DE"));
/// File.WriteAllText("bericht.html", HtmlReport.Render(content));
/// </code>
/// </example>
public sealed class ReportContent
{
    internal ReportContent(LanguageTable table, string title, IEnumerable<ContentBlock> blocks)
    {
        Table = table;
        Title = title;
        Blocks = blocks.ToValueList();
    }

    /// <summary>Gets the built-in language the content is written in, or that its <see cref="Table"/> stands on.</summary>
    public Language Language => Table.BaseLanguage;

    /// <summary>Gets the language table the content is written with; a renderer takes its words and conventions (such as the document's language tag) from it.</summary>
    public LanguageTable Table { get; }

    /// <summary>Gets the document's title (also its first block, a level-1 heading).</summary>
    public string Title { get; }

    /// <summary>Gets the blocks, in reading order.</summary>
    public ValueList<ContentBlock> Blocks { get; }

    /// <summary>Builds the report of one district plan.</summary>
    /// <param name="report">The report of checking <paramref name="plan"/>.</param>
    /// <param name="plan">The district plan the report is about: its district goals, measures, carriers and indicators fill the tables.</param>
    /// <param name="culture">The culture: German for "de*", English otherwise; numbers and dates per culture.</param>
    /// <param name="yellowTolerancePercent">The deviation from the target path, in percent of the planned change, above which an indicator is yellow: the rule set's parameter <c>yellowTolerancePercent</c> of IC4002. Default: 10, as in the default rule set.</param>
    /// <param name="redTolerancePercent">The deviation above which an indicator is red: the rule set's parameter <c>redTolerancePercent</c> of IC4003. Default: 25, as in the default rule set.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/>, <paramref name="plan"/> or <paramref name="culture"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The plan is of another district than the report.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A tolerance is negative, or the yellow one exceeds the red one.</exception>
    public static ReportContent ForPlan(CoverageReport report, DistrictPlan plan, CultureInfo culture, decimal yellowTolerancePercent = 10m, decimal redTolerancePercent = 25m)
    {
        CheckPlan(report, plan, culture, yellowTolerancePercent, redTolerancePercent);
        return PlanContentBuilder.Build(report, plan, culture, yellowTolerancePercent, redTolerancePercent);
    }

    // The argument checks of ForPlan, shared with ReportInput.ForPlan so that a wrong plan fails where it is given.
    internal static void CheckPlan(CoverageReport report, DistrictPlan plan, CultureInfo culture, decimal yellowTolerancePercent, decimal redTolerancePercent)
    {
        Guard.NotNull(report);
        Guard.NotNull(plan);
        Guard.NotNull(culture);
        if (!string.Equals(plan.District.Name, report.District, StringComparison.Ordinal) || !string.Equals(plan.Title, report.PlanTitle, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"The plan '{plan.Title}' of district '{plan.District.Name}' is not the plan the report is about ('{report.PlanTitle}' of district '{report.District}').",
                nameof(plan));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(yellowTolerancePercent);
        ArgumentOutOfRangeException.ThrowIfLessThan(redTolerancePercent, yellowTolerancePercent);
    }

    /// <summary>Builds the report of several districts against one city concept.</summary>
    /// <param name="matrix">The matrix.</param>
    /// <param name="culture">The culture: German for "de*", English otherwise; numbers and dates per culture.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> or <paramref name="culture"/> is <see langword="null"/>.</exception>
    public static ReportContent ForMatrix(CoverageMatrix matrix, CultureInfo culture)
    {
        Guard.NotNull(matrix);
        Guard.NotNull(culture);
        return MatrixContentBuilder.Build(matrix, culture);
    }
}
