using IntegrationConcept.Rules;

namespace IntegrationConcept.Checking;

/// <summary>A rule that runs, with its effective severity and parameters resolved once per checker.</summary>
internal sealed record ActiveRule(ICoverageRule Rule, Severity Severity, RuleParameters Parameters);
