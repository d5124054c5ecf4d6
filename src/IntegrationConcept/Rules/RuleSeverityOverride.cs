using IntegrationConcept.Internal;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules;

/// <summary>A rule set's severity for one rule, overriding the rule's default and any category override.</summary>
public sealed record RuleSeverityOverride
{
    /// <summary>Creates an override.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="severity">The severity.</param>
    /// <exception cref="System.ArgumentException"><paramref name="ruleId"/> is blank.</exception>
    /// <exception cref="System.ArgumentNullException"><paramref name="ruleId"/> is <see langword="null"/>.</exception>
    public RuleSeverityOverride(string ruleId, Severity severity)
    {
        RuleId = Guard.NotBlank(ruleId);
        Severity = severity;
    }

    /// <summary>Gets the rule id.</summary>
    public string RuleId { get; }

    /// <summary>Gets the severity.</summary>
    public Severity Severity { get; }
}
