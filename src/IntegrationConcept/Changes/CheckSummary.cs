using IntegrationConcept.Internal;
using IntegrationConcept.Results;
using NodaTime;

namespace IntegrationConcept.Changes;

/// <summary>What one side of a comparison checked: district, plan, concept version and evaluation date, and its overall coverage.</summary>
public sealed record CheckSummary
{
    /// <summary>Creates a summary.</summary>
    /// <param name="district">The district's name.</param>
    /// <param name="planTitle">The district plan's title.</param>
    /// <param name="conceptVersion">The label of the concept version checked against.</param>
    /// <param name="planConceptVersion">The label of the concept version the plan takes up.</param>
    /// <param name="evaluationDate">The evaluation date.</param>
    /// <param name="overall">The counts of all city goals by grade.</param>
    /// <exception cref="System.ArgumentNullException">A text or <paramref name="overall"/> is <see langword="null"/>.</exception>
    public CheckSummary(string district, string planTitle, string conceptVersion, string planConceptVersion, LocalDate evaluationDate, CoverageCounts overall)
    {
        District = Guard.NotNull(district);
        PlanTitle = Guard.NotNull(planTitle);
        ConceptVersion = Guard.NotNull(conceptVersion);
        PlanConceptVersion = Guard.NotNull(planConceptVersion);
        EvaluationDate = evaluationDate;
        Overall = Guard.NotNull(overall);
    }

    /// <summary>Gets the district's name.</summary>
    public string District { get; }

    /// <summary>Gets the district plan's title.</summary>
    public string PlanTitle { get; }

    /// <summary>Gets the label of the concept version checked against.</summary>
    public string ConceptVersion { get; }

    /// <summary>Gets the label of the concept version the plan takes up.</summary>
    public string PlanConceptVersion { get; }

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate EvaluationDate { get; }

    /// <summary>Gets the overall coverage: the counts of all city goals by grade.</summary>
    public CoverageCounts Overall { get; }

    /// <summary>Summarises a report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static CheckSummary Of(CoverageReport report)
    {
        Guard.NotNull(report);
        return new(report.District, report.PlanTitle, report.ConceptVersion, report.PlanConceptVersion, report.EvaluationDate, report.Overall);
    }
}
