using System;

namespace IntegrationConcept.Rules;

/// <summary>
/// The built-in rules whose findings are about the quality of the data rather than the plan's content: references
/// that do not resolve, declarations and suppressions without a justification, suppressions of unknown rules, a
/// concept version that does not exist. Reports list them in a section of their own, apart from the findings a
/// committee reads.
/// </summary>
internal static class DataQualityRules
{
    private static readonly string[] Ids =
    [
        RuleIds.UnknownCityGoal, RuleIds.UnknownPrinciple, RuleIds.UnknownApproach, RuleIds.UnknownActionField,
        RuleIds.UnknownOutOfScopeElement, RuleIds.UnjustifiedOutOfScope, RuleIds.UnjustifiedSuppression,
        RuleIds.UnknownSuppressedRule, RuleIds.UnknownConceptVersion,
    ];

    public static bool Contains(string ruleId) => Array.IndexOf(Ids, ruleId) >= 0;
}
