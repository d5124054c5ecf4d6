using IntegrationConcept.Results;

namespace IntegrationConcept.Rules;

/// <summary>A rule set's severity for every rule of a category, unless a rule's own override says otherwise.</summary>
public sealed record CategorySeverityOverride
{
    /// <summary>Creates an override.</summary>
    /// <param name="category">The category.</param>
    /// <param name="severity">The severity.</param>
    public CategorySeverityOverride(RuleCategory category, Severity severity)
    {
        Category = category;
        Severity = severity;
    }

    /// <summary>Gets the category.</summary>
    public RuleCategory Category { get; }

    /// <summary>Gets the severity.</summary>
    public Severity Severity { get; }
}
