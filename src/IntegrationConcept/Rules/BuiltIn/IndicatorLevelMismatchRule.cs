using System.Collections.Generic;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>
/// IC3016: an indicator of a district goal or measure that is measured at the level of the city or the Land, or for
/// sub-areas that are not the district's: it cannot show the district's progress.
/// </summary>
internal sealed class IndicatorLevelMismatchRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC3016",
        new LocalizedText("Indikator auf anderer räumlicher Ebene", "Indicator at another spatial level"),
        RuleCategory.Consistency,
        Severity.Warning,
        new LocalizedText(
            "Der Indikator {0} „{1}“ misst auf der Ebene {2}, nicht im Stadtteil; er kann {3} {4} nicht messen.",
            "Indicator {0} '{1}' is measured at the level {2}, not in the district; it cannot measure {3} {4}."));

    private static readonly LocalizedText LevelCity = new("Gesamtstadt", "city");
    private static readonly LocalizedText LevelState = new("Land", "Land (federal state)");
    private static readonly LocalizedText LevelSubArea = new("Teilgebiete", "sub-areas");
    private static readonly LocalizedText TheDistrictGoal = new("das Stadtteilziel", "district goal");
    private static readonly LocalizedText TheMeasure = new("die Maßnahme", "measure");
    private static readonly LocalizedText ReasonForeignAreas = new("Gebietsschlüssel außerhalb des Stadtteils: {0}", "area keys outside the district: {0}");

    public void Check(RuleContext context, FindingSink findings)
    {
        var plan = context.Plan;
        for (var d = 0; d < plan.Goals.Count; d++)
        {
            var goal = plan.Goals[d];
            Check(context, findings, goal.IndicatorIds, TheDistrictGoal, goal.Id.Value, ElementKind.DistrictGoal, d);
        }

        for (var m = 0; m < plan.Measures.Count; m++)
        {
            var measure = plan.Measures[m];
            Check(context, findings, measure.IndicatorIds, TheMeasure, measure.Id.Value, ElementKind.Measure, m);
        }
    }

    private static void Check(RuleContext context, FindingSink findings, ValueList<ElementId<Indicator>> ids, LocalizedText owner, string ownerId, ElementKind ownerKind, int ownerPosition)
    {
        for (var k = 0; k < ids.Count; k++)
        {
            var i = context.PositionOf(ids[k]);
            if (i < 0)
            {
                continue;
            }

            var indicator = context.Plan.Indicators[i];
            LocalizedText? level = indicator.SpatialLevel switch
            {
                SpatialLevel.City => LevelCity,
                SpatialLevel.State => LevelState,
                SpatialLevel.SubArea when HasForeign(context.Plan.District, indicator) => LevelSubArea,
                _ => null,
            };
            if (level is null || !findings.Admits(DocumentKind.DistrictPlan, ownerKind))
            {
                continue;
            }

            var subject = context.Reference(DocumentKind.DistrictPlan, ownerKind, ownerPosition, Member("indicatorIds", k));
            var arguments = Args(Text(indicator.Id.Value), Text(indicator.Name), Local(level), Local(owner), Text(ownerId));
            if (indicator.SpatialLevel == SpatialLevel.SubArea)
            {
                findings.Report(subject, arguments, Reasons(new LocalizedMessage(ReasonForeignAreas, [Text(string.Join(", ", Foreign(context.Plan.District, indicator)))])));
            }
            else
            {
                findings.Report(subject, arguments, null);
            }
        }
    }

    private static List<string> Foreign(District district, Indicator indicator)
    {
        var foreign = new List<string>();
        foreach (var key in indicator.AreaKeys)
        {
            if (IsForeign(district, key))
            {
                foreign.Add(key);
            }
        }

        return foreign;
    }

    private static bool HasForeign(District district, Indicator indicator)
    {
        foreach (var key in indicator.AreaKeys)
        {
            if (IsForeign(district, key))
            {
                return true;
            }
        }

        return false;
    }

    // Blank keys or keys with outer white space name no sub-area.
    private static bool IsForeign(District district, string key)
        => string.IsNullOrWhiteSpace(key) || key.Trim().Length != key.Length || !district.SubAreas.Contains(new ElementId<SubArea>(key));
}
