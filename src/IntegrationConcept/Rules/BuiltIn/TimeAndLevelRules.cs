using System.Collections.Generic;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC3014: the plan's term (validity) ended before the evaluation date.</summary>
internal sealed class PlanPastTermRule() : BuiltInRule(RuleIds.PlanPastTerm)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        if (state.Plan.Validity?.End is { } end && end < state.EvaluationDate)
        {
            findings.ReportOwned(new ElementReference(DocumentKind.DistrictPlan, ElementKind.DistrictPlan, state.PlanId, null, "validity"), Date(end), Date(state.EvaluationDate));
        }
    }
}

/// <summary>
/// IC3016: an indicator of a district goal or measure that is measured at the level of the city or the Land, or for
/// sub-areas that are not the district's: it cannot show the district's progress.
/// </summary>
internal sealed class IndicatorLevelMismatchRule() : BuiltInRule(RuleIds.IndicatorLevelMismatch)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        var plan = state.Plan;
        for (var d = 0; d < plan.Goals.Count; d++)
        {
            var goal = plan.Goals[d];
            Check(state, findings, goal.IndicatorIds, PlanningRuleTexts.TheDistrictGoal, goal.Id.Value, k => state.RefDistrictGoal(d, ProblemPath("indicatorIds", k)));
        }

        for (var m = 0; m < plan.Measures.Count; m++)
        {
            var measure = plan.Measures[m];
            Check(state, findings, measure.IndicatorIds, PlanningRuleTexts.TheMeasure, measure.Id.Value, k => state.RefMeasure(m, ProblemPath("indicatorIds", k)));
        }
    }

    private static void Check(CheckState state, FindingSink findings, ValueList<ElementId<Indicator>> ids, LocalizedText owner, string ownerId, System.Func<int, ElementReference> subject)
    {
        for (var k = 0; k < ids.Count; k++)
        {
            if (!state.PlanIndicators.TryGetValue(ids[k], out var i))
            {
                continue;
            }

            var indicator = state.Plan.Indicators[i];
            LocalizedText? level = indicator.SpatialLevel switch
            {
                SpatialLevel.City => PlanningRuleTexts.LevelCity,
                SpatialLevel.State => PlanningRuleTexts.LevelState,
                SpatialLevel.SubArea when Foreign(state.Plan.District, indicator) is { Count: > 0 } => PlanningRuleTexts.LevelSubArea,
                _ => null,
            };
            if (level is null)
            {
                continue;
            }

            LocalizedMessage[]? reasons = indicator.SpatialLevel == SpatialLevel.SubArea
                ? [new LocalizedMessage(PlanningRuleTexts.ReasonForeignAreas, [Text(string.Join(", ", Foreign(state.Plan.District, indicator)))])]
                : null;
            findings.ReportOwned(subject(k), [Text(indicator.Id.Value), Text(indicator.Name), Local(level), Local(owner), Text(ownerId)], reasons);
        }
    }

    private static List<string> Foreign(District district, Indicator indicator)
    {
        var foreign = new List<string>();
        foreach (var key in indicator.AreaKeys)
        {
            if (!CheckState.TryId<SubArea>(key, out var id) || !district.SubAreas.Contains(id))
            {
                foreign.Add(key);
            }
        }

        return foreign;
    }

    private static string ProblemPath(string member, int index) => member + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
}

/// <summary>IC4004: the latest measurement of an indicator (of the plan or the city concept) is older than the parameter's months at the evaluation date.</summary>
internal sealed class StaleIndicatorDataRule() : BuiltInRule(RuleIds.StaleIndicatorData)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        var months = (int)decimal.Min(parameters.GetNumber(RuleCatalog.MaxAgeMonths), 1200m);
        var monthsArgument = MessageArgument.FromNumber(months);
        var date = Date(state.EvaluationDate);
        for (var i = 0; i < state.Concept.Indicators.Count; i++)
        {
            var indicator = state.Concept.Indicators[i];
            if (indicator.LatestMeasurementDate is { } latest && latest.PlusMonths(months) < state.EvaluationDate)
            {
                findings.ReportOwned(new ElementReference(DocumentKind.CityConcept, ElementKind.Indicator, indicator.Id.Value, i), Text(indicator.Id.Value), Text(indicator.Name), Date(latest), date, monthsArgument);
            }
        }

        for (var i = 0; i < state.Plan.Indicators.Count; i++)
        {
            var indicator = state.Plan.Indicators[i];
            if (indicator.LatestMeasurementDate is { } latest && latest.PlusMonths(months) < state.EvaluationDate)
            {
                findings.ReportOwned(state.RefIndicator(i), Text(indicator.Id.Value), Text(indicator.Name), Date(latest), date, monthsArgument);
            }
        }
    }
}

/// <summary>Shared by IC4005 and IC4006: the final target date has passed; the target was reached or missed.</summary>
internal abstract class TargetOutcomeRule(string id, bool reached) : BuiltInRule(id)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        var tolerance = state.RuleSet.ParametersOf(RuleIds.IndicatorBehindPlan).GetNumber(RuleCatalog.YellowTolerancePercent);
        for (var i = 0; i < state.Plan.Indicators.Count; i++)
        {
            var indicator = state.Plan.Indicators[i];
            if (TargetOutcome.Evaluate(indicator, state.EvaluationDate, tolerance) is { } outcome && outcome.Reached == reached)
            {
                findings.ReportOwned(
                    state.RefIndicator(i),
                    Text(indicator.Id.Value), Text(indicator.Name),
                    MessageArgument.FromNumber(outcome.Target.Value!.Value), Date(outcome.Target.Date),
                    MessageArgument.FromNumber(outcome.Measured.Value!.Value), Date(outcome.Measured.Date));
            }
        }
    }
}

/// <summary>IC4005: the final target date has passed and the target was reached.</summary>
internal sealed class TargetReachedRule() : TargetOutcomeRule(RuleIds.TargetReached, reached: true);

/// <summary>IC4006: the final target date has passed and the target was missed.</summary>
internal sealed class TargetMissedRule() : TargetOutcomeRule(RuleIds.TargetMissed, reached: false);
