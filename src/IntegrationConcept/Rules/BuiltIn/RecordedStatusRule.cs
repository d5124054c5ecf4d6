using System.Collections.Generic;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using static IntegrationConcept.Rules.BuiltIn.Arguments;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>
/// IC4007: the implementation status the planners recorded for a district goal (Umsetzungsstand), shown beside the
/// computed coverage of the city goals it takes up; the reasons say where the two disagree.
/// </summary>
internal sealed class RecordedStatusRule : ICoverageRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "IC4007",
        new LocalizedText("Umsetzungsstand laut Planung", "Implementation status as recorded"),
        RuleCategory.Evaluation,
        Severity.Info,
        new LocalizedText(
            "Umsetzungsstand des Stadtteilziels {0} „{1}“ laut Planung: {2} (Stand {3}).",
            "Implementation status of district goal {0} '{1}' as recorded by the planners: {2} (as of {3})."));

    private static readonly LocalizedText ReasonComputedGrade = new("berechnet: Ziel {0} {1}", "computed: city goal {0} {1}");
    private static readonly LocalizedText ReasonOwnGoal = new("berechnet: eigenes Ziel des Stadtteils, keine Abdeckung zu berechnen", "computed: a goal of the district's own, no coverage to compute");
    private static readonly LocalizedText ReasonStatusContradicts = new(
        "der festgehaltene Stand widerspricht der berechneten Abdeckung: nicht alle aufgegriffenen Ziele sind abgedeckt",
        "the recorded status contradicts the computed coverage: not every goal taken up is covered");
    private static readonly LocalizedText ReasonStatusComment = new("Anmerkung: {0}", "comment: {0}");

    /// <summary>The planners' word for a recorded status (shared with IC4008).</summary>
    internal static LocalizedText Status(Model.ImplementationStatus status) => status switch
    {
        Model.ImplementationStatus.Achieved => new LocalizedText("erreicht", "achieved"),
        Model.ImplementationStatus.OnTrack => new LocalizedText("auf gutem Weg", "on track"),
        Model.ImplementationStatus.Delayed => new LocalizedText("verzögert", "delayed"),
        Model.ImplementationStatus.AtRisk => new LocalizedText("gefährdet", "at risk"),
        _ => new LocalizedText("nicht begonnen", "not started"),
    };

    public void Check(RuleContext context, FindingSink findings)
    {
        for (var d = 0; d < context.Plan.Goals.Count; d++)
        {
            var goal = context.Plan.Goals[d];
            if (goal.Status is not { } status || !findings.Admits(DocumentKind.DistrictPlan, ElementKind.DistrictGoal))
            {
                continue;
            }

            var reasons = new List<LocalizedMessage>();
            var allCovered = true;
            foreach (var refined in goal.RefinedGoalIds)
            {
                if (context.PositionOf(refined) is var g and >= 0)
                {
                    var grade = context.GoalCoverages[g].Grade;
                    allCovered &= grade is CoverageGrade.Covered or CoverageGrade.OutOfScope;
                    reasons.Add(new LocalizedMessage(ReasonComputedGrade, [Text(refined.Value), Local(Terms.Grade(grade))]));
                }
            }

            if (goal.IsDistrictSpecific)
            {
                reasons.Add(new LocalizedMessage(ReasonOwnGoal));
            }
            else if (!allCovered && status.Status is ImplementationStatus.Achieved or ImplementationStatus.OnTrack)
            {
                reasons.Add(new LocalizedMessage(ReasonStatusContradicts));
            }

            if (status.Comment is { } comment)
            {
                reasons.Add(new LocalizedMessage(ReasonStatusComment, [Text(comment)]));
            }

            findings.Report(context.Reference(DocumentKind.DistrictPlan, ElementKind.DistrictGoal, d, "status"), Args(Text(goal.Id.Value), Text(goal.Text), Local(Status(status.Status)), Date(status.AsOf)), Reasons(reasons.ToArray()));
        }
    }
}
