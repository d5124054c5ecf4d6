using System;

namespace IntegrationConcept.Results;

/// <summary>
/// The built-in rules whose findings are about the quality of the data rather than the plan's content: references
/// that do not resolve, declarations and suppressions without a justification, suppressions of unknown rules, a
/// concept version that does not exist. Reports list them in a section of their own, apart from the findings a
/// committee reads.
/// </summary>
internal static class DataQualityRules
{
    // The ids of the rules (Rules.RuleIds, which this layer does not see): IC3001 to IC3005 unknown city goal, principle,
    // approach, action field, out-of-scope element; IC3009 and IC3010 missing justifications; IC3013 suppression of an
    // unknown rule; IC3015 unknown concept version.
    private static readonly string[] Ids = ["IC3001", "IC3002", "IC3003", "IC3004", "IC3005", "IC3009", "IC3010", "IC3013", "IC3015"];

    public static bool Contains(string ruleId) => Array.IndexOf(Ids, ruleId) >= 0;
}
