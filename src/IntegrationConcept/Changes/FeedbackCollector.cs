using System.Collections.Generic;
using System.Globalization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Changes;

/// <summary>Turns one report's deficits and potentials into proposals, with the findings on their elements.</summary>
internal static class FeedbackCollector
{
    public static void Add(CoverageReport report, List<FeedbackProposal> proposals)
    {
        // One pass over the findings: those on city goals and on district goals, by element id.
        var onCityGoals = new Dictionary<string, List<FindingReference>>(System.StringComparer.Ordinal);
        var onDistrictGoals = new Dictionary<string, List<FindingReference>>(System.StringComparer.Ordinal);
        foreach (var finding in report.Findings)
        {
            if (finding.IsSuppressed || finding.Subject.Id is not { } id)
            {
                continue;
            }

            var target = finding.Subject switch
            {
                { Document: DocumentKind.CityConcept, Kind: ElementKind.Goal } => onCityGoals,
                { Document: DocumentKind.DistrictPlan, Kind: ElementKind.DistrictGoal } => onDistrictGoals,
                _ => null,
            };
            if (target is not null)
            {
                (target.TryGetValue(id, out var list) ? list : target[id] = new()).Add(new FindingReference(finding.RuleId, id));
            }
        }

        var provenance = new ProposalProvenance(report.District, report.PlanTitle, report.PlanConceptVersion, report.EvaluationDate);
        foreach (var deficit in report.Feedback.Deficits)
        {
            proposals.Add(new FeedbackProposal(
                NextId(proposals), ProposalKind.Deficit, provenance, deficit.Text, deficit.GoalId, deficit.ActionFieldId, deficit.GoalId.Value,
                onCityGoals.GetValueOrDefault(deficit.GoalId.Value)));
        }

        foreach (var potential in report.Feedback.Potentials)
        {
            proposals.Add(new FeedbackProposal(
                NextId(proposals), ProposalKind.Potential, provenance, potential.Text, null, potential.ActionFieldId, potential.DistrictGoalId.Value,
                onDistrictGoals.GetValueOrDefault(potential.DistrictGoalId.Value)));
        }
    }

    private static string NextId(List<FeedbackProposal> proposals)
        => "R-" + (proposals.Count + 1).ToString(CultureInfo.InvariantCulture);
}
