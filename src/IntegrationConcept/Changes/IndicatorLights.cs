using System;
using System.Collections.Generic;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Changes;

/// <summary>Reads the indicators' traffic lights from a report's findings.</summary>
/// <remarks>
/// The ids are those of <c>IntegrationConcept.Rules.RuleIds</c> (IndicatorBehindPlan, IndicatorOffTrack, TargetReached,
/// TargetMissed); they are spelled out here because the change layer stands below the rules, and a test ties them together.
/// </remarks>
internal static class IndicatorLights
{
    internal const string YellowRule = "IC4002";
    internal const string RedRule = "IC4003";
    internal const string ReachedRule = "IC4005";
    internal const string MissedRule = "IC4006";

    /// <summary>The light per indicator id that has a light finding, and the ids in the order of their first finding.</summary>
    public static Dictionary<string, IndicatorLight> Of(CoverageReport report, List<string> order)
    {
        var lights = new Dictionary<string, IndicatorLight>(StringComparer.Ordinal);
        foreach (var finding in report.Findings)
        {
            if (finding.Subject.Kind != ElementKind.Indicator || finding.Subject.Document != DocumentKind.DistrictPlan
                || finding.Subject.Id is not { } id || Light(finding.RuleId) is not { } light)
            {
                continue;
            }

            if (lights.TryAdd(id, light))
            {
                order.Add(id);
            }
            else
            {
                lights[id] = light;
            }
        }

        return lights;
    }

    private static IndicatorLight? Light(string ruleId) => ruleId switch
    {
        YellowRule => IndicatorLight.Yellow,
        RedRule => IndicatorLight.Red,
        ReachedRule => IndicatorLight.TargetReached,
        MissedRule => IndicatorLight.TargetMissed,
        _ => null,
    };
}
