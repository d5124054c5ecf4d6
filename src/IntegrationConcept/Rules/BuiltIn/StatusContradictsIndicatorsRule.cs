using System.Collections.Generic;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>
/// IC4008: a district goal recorded as achieved or on track while one of its indicators — on the goal or on a measure
/// serving it — has missed its final target or stands on red at the evaluation date. The planners' word and the
/// figures disagree; the committee should hear which one holds.
/// </summary>
/// <remarks>
/// The indicators are rated as IC4003 and IC4006 rate them, with the same tolerances (the rule set's parameters of
/// IC4002 and IC4003), so this rule never contradicts the indicator findings it points at.
/// </remarks>
internal sealed class StatusContradictsIndicatorsRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC4008",
        new LocalizedText("Umsetzungsstand widerspricht den Indikatoren", "Recorded status contradicts the indicators"),
        RuleCategory.Evaluation,
        Severity.Warning,
        new LocalizedText(
            "Das Stadtteilziel {0} „{1}“ ist laut Planung „{2}“ (Stand {3}), seine Indikatoren zeigen es nicht: {4}.",
            "District goal {0} '{1}' is recorded as '{2}' (as of {3}), but its indicators do not show it: {4}."));

    private static readonly LocalizedText ReasonMissed = new(
        "Indikator {0} hat seinen Zielwert verfehlt: Ziel {1} zum {2}, gemessen {3} am {4}",
        "indicator {0} missed its target: target {1} by {2}, measured {3} on {4}");

    private static readonly LocalizedText ReasonRed = new(
        "Indikator {0} steht auf Rot: gemessen {1} am {2}, geplant {3}",
        "indicator {0} is red: measured {1} on {2}, planned {3}");

    public void Check(RuleContext context, FindingSink findings)
    {
        var states = context.IndicatorStates;
        for (var d = 0; d < context.Plan.Goals.Count; d++)
        {
            var goal = context.Plan.Goals[d];
            if (goal.Status is not { Status: ImplementationStatus.Achieved or ImplementationStatus.OnTrack } status)
            {
                continue;
            }

            // Most goals contradict nothing: ask the states first, and build lists only for a finding.
            if (!AnyContradiction(context, states, d) || !findings.Admits(DocumentKind.DistrictPlan, ElementKind.DistrictGoal))
            {
                continue;
            }

            var reasons = new List<LocalizedMessage>();
            var ids = new List<string>();
            foreach (var i in IndicatorsOf(context, d))
            {
                if (Contradiction(context.Plan.Indicators[i], states, i) is { } reason)
                {
                    reasons.Add(reason);
                    ids.Add(context.Plan.Indicators[i].Id.Value);
                }
            }

            if (reasons.Count > 0)
            {
                findings.Report(
                    context.Reference(DocumentKind.DistrictPlan, ElementKind.DistrictGoal, d, "status"),
                    Args(Text(goal.Id.Value), Text(goal.Text), Local(RecordedStatusRule.Status(status.Status)), Date(status.AsOf), Text(string.Join(", ", ids))),
                    Reasons(reasons.ToArray()));
            }
        }
    }

    private static bool AnyContradiction(RuleContext context, IndicatorStates states, int goalPosition)
    {
        if (AnyContradiction(context, states, context.Plan.Goals[goalPosition].IndicatorIds))
        {
            return true;
        }

        foreach (var measure in context.MeasuresServing(goalPosition))
        {
            if (AnyContradiction(context, states, measure.IndicatorIds))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyContradiction(RuleContext context, IndicatorStates states, ValueList<ElementId<Indicator>> ids)
    {
        foreach (var id in ids)
        {
            if (context.PositionOf(id) is var i and >= 0
                && (states.IsDue(i) ? states.HasOutcome(i, reached: false) : states.HasTrack(i, TrafficLight.Red)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The positions of the plan's indicators named by the goal and by the measures serving it, each once, in the order first named.</summary>
    private static List<int> IndicatorsOf(RuleContext context, int goalPosition)
    {
        var seen = new HashSet<ElementId<Indicator>>();
        var indicators = new List<int>();
        void Add(ValueList<ElementId<Indicator>> ids)
        {
            foreach (var id in ids)
            {
                if (context.PositionOf(id) is var i and >= 0 && seen.Add(id))
                {
                    indicators.Add(i);
                }
            }
        }

        Add(context.Plan.Goals[goalPosition].IndicatorIds);
        foreach (var measure in context.MeasuresServing(goalPosition))
        {
            Add(measure.IndicatorIds);
        }

        return indicators;
    }

    private static LocalizedMessage? Contradiction(Indicator indicator, IndicatorStates states, int position)
    {
        if (states.IsDue(position))
        {
            return states.HasOutcome(position, reached: false) && states.Outcome(position) is { Reached: false } missed
                ? new LocalizedMessage(ReasonMissed, [Text(indicator.Id.Value), MessageArgument.FromNumber(missed.Target.Value!.Value), Date(missed.Target.Date), MessageArgument.FromNumber(missed.Measured.Value!.Value), Date(missed.Measured.Date)])
                : null;
        }

        return states.HasTrack(position, TrafficLight.Red) && states.Track(position) is { Light: TrafficLight.Red } track
            ? new LocalizedMessage(ReasonRed, [Text(indicator.Id.Value), MessageArgument.FromNumber(track.Measured.Value!.Value), Date(track.Measured.Date), MessageArgument.FromNumber(track.Planned)])
            : null;
    }
}
