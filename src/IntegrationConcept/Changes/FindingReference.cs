using IntegrationConcept.Internal;

namespace IntegrationConcept.Changes;

/// <summary>A finding behind a feedback proposal, named by rule id and element id (not by its text).</summary>
public sealed record FindingReference
{
    /// <summary>Creates a reference.</summary>
    /// <param name="ruleId">The rule id, such as "IC1002".</param>
    /// <param name="elementId">The id of the element the finding is about.</param>
    /// <exception cref="System.ArgumentException">An argument is blank.</exception>
    public FindingReference(string ruleId, string elementId)
    {
        RuleId = Guard.NotBlank(ruleId);
        ElementId = Guard.NotBlank(elementId);
    }

    /// <summary>Gets the rule id.</summary>
    public string RuleId { get; }

    /// <summary>Gets the id of the element the finding is about.</summary>
    public string ElementId { get; }
}
