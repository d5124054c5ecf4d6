using System.Globalization;
using IntegrationConcept.Changes;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Rendering.Changes;

/// <summary>
/// Renders change reports, concept update impacts and feedback documents as Markdown (headings, tables, lists; text escaped). German for a
/// "de*" culture, English otherwise; lines end with <c>\n</c>.
/// </summary>
public static class ChangeMarkdown
{
    /// <summary>Renders a change report: the two checks, overall and per action field, the goals whose grade changed, findings appeared and resolved, and indicators whose light changed.</summary>
    /// <param name="change">The change report.</param>
    /// <param name="culture">The culture: picks the language and the number and date format.</param>
    /// <returns>The text.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Render(CoverageChange change, CultureInfo culture)
        => ChangeWriter.Markdown(new ChangeContent(Guard.NotNull(culture)).Build(Guard.NotNull(change)));

    /// <summary>Renders a feedback document: every proposal with what it concerns, its provenance, the findings behind it and the decision.</summary>
    /// <param name="feedback">The feedback document.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Render(FeedbackDocument feedback, CultureInfo culture)
        => ChangeWriter.Markdown(FeedbackContent.Build(new ChangeContent(Guard.NotNull(culture)), Guard.NotNull(feedback)));

    /// <summary>Renders a concept update's impact: the goal and principle changes and, per district plan, what to revisit.</summary>
    /// <param name="impact">The impact.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string Render(ConceptUpdateImpact impact, CultureInfo culture)
        => ChangeWriter.Markdown(FeedbackContent.Build(new ChangeContent(Guard.NotNull(culture)), Guard.NotNull(impact)));
}
