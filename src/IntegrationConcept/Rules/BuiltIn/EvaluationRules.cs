using System.Collections.Generic;
using IntegrationConcept.Localization;
using IntegrationConcept.Results;
using IntegrationConcept.Model;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC4001: a measure whose end lies before the evaluation date and that is neither completed nor cancelled (ending on the evaluation date is not overdue).</summary>
internal sealed class OverdueMeasureRule() : BuiltInRule(RuleIds.OverdueMeasure)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        var date = state.EvaluationDate;
        MessageArgument? dateArgument = null;
        for (var m = 0; m < state.Plan.Measures.Count; m++)
        {
            var measure = state.Plan.Measures[m];
            if (measure.Period?.End is { } end && end < date && measure.Status is not (MeasureStatus.Completed or MeasureStatus.Cancelled))
            {
                // Arguments are immutable: the evaluation date is one argument for all findings, the end one for message and reason.
                dateArgument ??= Date(date);
                var endArgument = Date(end);
                findings.ReportOwned(
                    state.RefMeasure(m),
                    new[] { Text(measure.Id.Value), Text(measure.Name), endArgument, dateArgument, Local(Terms.Status(measure.Status)) },
                    new[] { new LocalizedMessage(Terms.ReasonEndBeforeDate, new[] { endArgument, dateArgument }) });
            }
        }
    }
}

/// <summary>Shared by IC4002 and IC4003: rates every indicator whose final target date lies ahead and reports those of one light.</summary>
internal abstract class IndicatorTrackRule(string id, TrafficLight light) : BuiltInRule(id)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        var yellow = state.RuleSet.ParametersOf(RuleIds.IndicatorBehindPlan).GetNumber(RuleCatalog.YellowTolerancePercent);
        var red = state.RuleSet.ParametersOf(RuleIds.IndicatorOffTrack).GetNumber(RuleCatalog.RedTolerancePercent);
        var yellowArgument = MessageArgument.FromNumber(yellow);
        var redArgument = MessageArgument.FromNumber(red);
        for (var i = 0; i < state.Plan.Indicators.Count; i++)
        {
            var indicator = state.Plan.Indicators[i];
            // Once the final target date has passed, the target is reached or missed (IC4005, IC4006), not behind plan.
            if (TargetOutcome.IsDue(indicator, state.EvaluationDate)
                || IndicatorTrack.Evaluate(indicator, state.EvaluationDate, yellow, red) is not { } track || track.Light != light)
            {
                continue;
            }

            var measured = track.Measured;
            var reasons = new[]
            {
                new LocalizedMessage(Terms.ReasonTrack, new[]
                {
                    MessageArgument.FromNumber(track.Baseline.Value!.Value), Date(track.Baseline.Date),
                    MessageArgument.FromNumber(track.Target.Value!.Value), Date(track.Target.Date),
                    MessageArgument.FromNumber(measured.Value!.Value), Date(measured.Date),
                    MessageArgument.FromNumber(track.Planned), yellowArgument, redArgument,
                }),
            };
            findings.ReportOwned(
                state.RefIndicator(i),
                new[]
                {
                    Text(indicator.Id.Value), Text(indicator.Name), reasons[0].Arguments[4], reasons[0].Arguments[5],
                    reasons[0].Arguments[6], MessageArgument.FromNumber(track.DeviationPercent),
                },
                reasons);
        }
    }
}

/// <summary>IC4002: an indicator whose shortfall exceeds the yellow but not the red tolerance.</summary>
internal sealed class IndicatorBehindPlanRule() : IndicatorTrackRule(RuleIds.IndicatorBehindPlan, TrafficLight.Yellow);

/// <summary>IC4003: an indicator whose shortfall exceeds the red tolerance.</summary>
internal sealed class IndicatorOffTrackRule() : IndicatorTrackRule(RuleIds.IndicatorOffTrack, TrafficLight.Red);
