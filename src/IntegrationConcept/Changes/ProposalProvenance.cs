using IntegrationConcept.Internal;
using NodaTime;

namespace IntegrationConcept.Changes;

/// <summary>Which check a feedback proposal comes from: district, plan, the concept version the plan takes up, and evaluation date.</summary>
public sealed record ProposalProvenance
{
    /// <summary>Creates a provenance.</summary>
    /// <param name="district">The district's name.</param>
    /// <param name="planTitle">The district plan's title.</param>
    /// <param name="planConceptVersion">The label of the concept version the plan takes up.</param>
    /// <param name="evaluationDate">The date the plan was evaluated at.</param>
    /// <exception cref="System.ArgumentException">A text is blank.</exception>
    public ProposalProvenance(string district, string planTitle, string planConceptVersion, LocalDate evaluationDate)
    {
        District = Guard.NotBlank(district);
        PlanTitle = Guard.NotBlank(planTitle);
        PlanConceptVersion = Guard.NotBlank(planConceptVersion);
        EvaluationDate = evaluationDate;
    }

    /// <summary>Gets the district's name.</summary>
    public string District { get; }

    /// <summary>Gets the district plan's title.</summary>
    public string PlanTitle { get; }

    /// <summary>Gets the label of the concept version the plan takes up.</summary>
    public string PlanConceptVersion { get; }

    /// <summary>Gets the evaluation date.</summary>
    public LocalDate EvaluationDate { get; }
}
