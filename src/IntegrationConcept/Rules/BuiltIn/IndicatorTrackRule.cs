using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>Shared by IC4002 and IC4003: rates every indicator whose final target date lies ahead and reports those of one light.</summary>
internal abstract class IndicatorTrackRule(TrafficLight light) : ICoverageRule
{
    private static readonly LocalizedText ReasonTrack = new(
        "Ausgangswert {0} am {1}, Zielwert {2} am {3}; Messwert {4} am {5}, Sollwert laut Zielpfad {6}; Toleranz: Gelb über {7} %, Rot über {8} % Abweichung",
        "baseline {0} on {1}, target {2} on {3}; measured {4} on {5}, planned on the straight line {6}; tolerance: yellow above {7}%, red above {8}% deviation");

    public abstract RuleDescriptor Descriptor { get; }

    /// <summary>Checks the parameters of both lights together: the yellow band lies below the red one, or yellow would be unreachable.</summary>
    /// <exception cref="RuleSetException">The yellow tolerance exceeds the red one.</exception>
    public static void CheckTolerances(RuleSet rules)
    {
        var yellow = rules.ParametersOf(RuleIds.IndicatorBehindPlan).GetNumber(RuleCatalog.YellowTolerancePercent);
        var red = rules.ParametersOf(RuleIds.IndicatorOffTrack).GetNumber(RuleCatalog.RedTolerancePercent);
        if (yellow > red)
        {
#pragma warning disable CA2208 // parameterName here names the rule parameter, not a method parameter.
            throw new RuleSetException(
                RuleIds.IndicatorBehindPlan,
                RuleCatalog.YellowTolerancePercent,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Parameter '{RuleCatalog.YellowTolerancePercent}' of rule {RuleIds.IndicatorBehindPlan} ({yellow}) must not exceed '{RuleCatalog.RedTolerancePercent}' of rule {RuleIds.IndicatorOffTrack} ({red}): an indicator turns yellow before it turns red."));
#pragma warning restore CA2208
        }
    }

    public void Check(RuleContext context, FindingSink findings)
    {
        // The two lights share both tolerances: each reads the other's parameter from the rule set (the states' tolerances).
        var states = context.IndicatorStates;
        var yellowArgument = MessageArgument.FromNumber(states.YellowTolerance);
        var redArgument = MessageArgument.FromNumber(states.RedTolerance);
        for (var i = 0; i < context.Plan.Indicators.Count; i++)
        {
            // Once the final target date has passed, the target is reached or missed (IC4005, IC4006), not behind plan.
            if (!states.HasTrack(i, light) || !findings.Admits(DocumentKind.DistrictPlan, ElementKind.Indicator) || states.Track(i) is not { } track)
            {
                continue;
            }

            var measured = track.Measured;
            var reason = new LocalizedMessage(ReasonTrack, new[]
            {
                MessageArgument.FromNumber(track.Baseline.Value!.Value), Date(track.Baseline.Date),
                MessageArgument.FromNumber(track.Target.Value!.Value), Date(track.Target.Date),
                MessageArgument.FromNumber(measured.Value!.Value), Date(measured.Date),
                MessageArgument.FromNumber(track.Planned), yellowArgument, redArgument,
            });
            var subject = context.Subject(DocumentKind.DistrictPlan, ElementKind.Indicator, context.Plan.Indicators, i, context.Plan.Indicators[i].Name);
            findings.Report(
                subject.Reference,
                Args(subject.IdAndName[0], subject.IdAndName[1], reason.Arguments[4], reason.Arguments[5], reason.Arguments[6], MessageArgument.FromNumber(track.DeviationPercent)),
                Reasons(reason));
        }
    }
}
