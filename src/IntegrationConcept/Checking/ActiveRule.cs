using IntegrationConcept.Results;
using IntegrationConcept.Rules;

namespace IntegrationConcept.Checking;

/// <summary>A rule that runs, with its effective severity and parameters resolved once per checker.</summary>
internal sealed class ActiveRule(ICoverageRule rule, Severity severity, RuleParameters parameters, bool isBuiltIn)
{
    public ICoverageRule Rule { get; } = rule;

    public Severity Severity { get; } = severity;

    public RuleParameters Parameters { get; } = parameters;

    /// <summary>Gets whether the rule is built in (its failure is a bug of the library, not wrapped as a custom rule's).</summary>
    public bool IsBuiltIn { get; } = isBuiltIn;

    /// <summary>Gets or sets the position of the rule's id in ordinal order, for sorting findings (set once by the checker's constructor).</summary>
    public int Rank { get; set; }
}
