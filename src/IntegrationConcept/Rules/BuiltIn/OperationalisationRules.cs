using IntegrationConcept.Results;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC2001: a district goal that no measure serves.</summary>
internal sealed class GoalWithoutMeasureRule() : BuiltInRule(RuleIds.GoalWithoutMeasure)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        for (var d = 0; d < state.Plan.Goals.Count; d++)
        {
            if (state.GoalMeasureCount[d] == 0)
            {
                var goal = state.Plan.Goals[d];
                findings.ReportOwned(state.RefDistrictGoal(d), Text(goal.Id.Value), Text(goal.Text));
            }
        }
    }
}

/// <summary>IC2002: a measure with no carrier.</summary>
internal sealed class MeasureWithoutCarrierRule() : BuiltInRule(RuleIds.MeasureWithoutCarrier)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        for (var m = 0; m < state.Plan.Measures.Count; m++)
        {
            var measure = state.Plan.Measures[m];
            if (!measure.HasCarrier)
            {
                findings.ReportOwned(state.RefMeasure(m), Text(measure.Id.Value), Text(measure.Name));
            }
        }
    }
}

/// <summary>IC2003: a measure with no period.</summary>
internal sealed class MeasureWithoutPeriodRule() : BuiltInRule(RuleIds.MeasureWithoutPeriod)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        for (var m = 0; m < state.Plan.Measures.Count; m++)
        {
            var measure = state.Plan.Measures[m];
            if (measure.Period is null)
            {
                findings.ReportOwned(state.RefMeasure(m), Text(measure.Id.Value), Text(measure.Name));
            }
        }
    }
}

/// <summary>IC2004: a district goal with no indicator, neither directly nor through a measure serving it.</summary>
internal sealed class GoalWithoutIndicatorRule() : BuiltInRule(RuleIds.GoalWithoutIndicator)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        for (var d = 0; d < state.Plan.Goals.Count; d++)
        {
            if ((state.GoalHas[d] & Criteria.Indicator) == 0)
            {
                var goal = state.Plan.Goals[d];
                findings.ReportOwned(state.RefDistrictGoal(d), Text(goal.Id.Value), Text(goal.Text));
            }
        }
    }
}

/// <summary>IC2005: an indicator with no baseline.</summary>
internal sealed class IndicatorWithoutBaselineRule() : BuiltInRule(RuleIds.IndicatorWithoutBaseline)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        for (var i = 0; i < state.Plan.Indicators.Count; i++)
        {
            var indicator = state.Plan.Indicators[i];
            if (indicator.Baseline is null)
            {
                findings.ReportOwned(state.RefIndicator(i), Text(indicator.Id.Value), Text(indicator.Name));
            }
        }
    }
}

/// <summary>IC2006: an indicator with no target.</summary>
internal sealed class IndicatorWithoutTargetRule() : BuiltInRule(RuleIds.IndicatorWithoutTarget)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        for (var i = 0; i < state.Plan.Indicators.Count; i++)
        {
            var indicator = state.Plan.Indicators[i];
            if (indicator.Targets.Count == 0)
            {
                findings.ReportOwned(state.RefIndicator(i), Text(indicator.Id.Value), Text(indicator.Name));
            }
        }
    }
}

/// <summary>IC2007: an indicator that does not say where its figures come from.</summary>
internal sealed class IndicatorWithoutDataSourceRule() : BuiltInRule(RuleIds.IndicatorWithoutDataSource)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        for (var i = 0; i < state.Plan.Indicators.Count; i++)
        {
            var indicator = state.Plan.Indicators[i];
            if (string.IsNullOrWhiteSpace(indicator.DataSource))
            {
                findings.ReportOwned(state.RefIndicator(i), Text(indicator.Id.Value), Text(indicator.Name));
            }
        }
    }
}
