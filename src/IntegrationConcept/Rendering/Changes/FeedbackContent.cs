using System.Collections.Generic;
using IntegrationConcept.Changes;
using IntegrationConcept.Model;

namespace IntegrationConcept.Rendering.Changes;

/// <summary>Builds the format-neutral renderings of a feedback document and of a concept update's impact.</summary>
internal static class FeedbackContent
{
    public static ChangeDocument Build(ChangeContent c, FeedbackDocument feedback)
    {
        var document = new ChangeDocument(c.L(ChangeTexts.FeedbackTitle));
        document.Lines.Add(feedback.Title);
        document.Lines.Add(c.Fill(ChangeTexts.FeedbackConcept, feedback.Municipality, feedback.ConceptVersion));
        document.Lines.Add(c.Fill(
            ChangeTexts.FeedbackSummary,
            ChangeContent.Count(feedback.Proposals.Count), ChangeContent.Count(feedback.Count(DecisionStatus.Open)),
            ChangeContent.Count(feedback.Count(DecisionStatus.Adopted)), ChangeContent.Count(feedback.Count(DecisionStatus.Rejected))));
        foreach (var proposal in feedback.Proposals)
        {
            var kind = c.L(proposal.Kind == ProposalKind.Deficit ? ChangeTexts.Deficit : ChangeTexts.Potential);
            var section = document.Add(proposal.Id + " · " + kind + ": " + proposal.Text);
            var concerns = proposal.GoalId is { } goal ? c.L(ChangeTexts.Goal) + " " + goal.Value : c.L(ChangeTexts.NewGoal);
            if (proposal.ActionFieldId is { } field)
            {
                concerns += " (" + c.L(ChangeTexts.ActionField) + " " + field.Value + ")";
            }

            section.Bullets.Add(c.L(ChangeTexts.Concerns) + ": " + concerns);
            var p = proposal.Provenance;
            section.Bullets.Add(c.L(ChangeTexts.Source) + ": " + c.Fill(ChangeTexts.ProvenanceLine, p.District, p.PlanTitle, p.PlanConceptVersion, c.Date(p.EvaluationDate)));
            if (proposal.Findings.Count > 0)
            {
                var findings = new List<string>();
                foreach (var finding in proposal.Findings)
                {
                    findings.Add(finding.RuleId + " " + finding.ElementId);
                }

                section.Bullets.Add(c.L(ChangeTexts.FindingsBehind) + ": " + string.Join(", ", findings));
            }

            section.Bullets.Add(c.L(ChangeTexts.Decision) + ": " + Decision(c, proposal.Decision));
        }

        return document;
    }

    public static ChangeDocument Build(ChangeContent c, ConceptUpdateImpact impact)
    {
        var document = new ChangeDocument(c.L(ChangeTexts.ImpactTitle));
        document.Lines.Add(c.Fill(ChangeTexts.ImpactVersions, impact.Goals.FromLabel, impact.Goals.ToLabel));
        var goals = document.Add(c.L(ChangeTexts.GoalChanges));
        goals.Empty = c.L(ChangeTexts.None);
        foreach (var change in impact.Goals.Changes)
        {
            goals.Bullets.Add(change.GoalId.Value + " " + c.L(ChangeTexts.GoalChange(change.Kind)) + ": " + GoalChange(change));
        }

        var principles = document.Add(c.L(ChangeTexts.PrincipleChanges));
        principles.Empty = c.L(ChangeTexts.None);
        foreach (var change in impact.Principles)
        {
            var text = change.Kind == PrincipleChangeKind.Reworded
                ? "„" + change.Before!.Name + "“ → „" + change.After!.Name + "“"
                : "„" + (change.After ?? change.Before)!.Name + "“";
            principles.Bullets.Add(change.PrincipleId.Value + " " + c.L(ChangeTexts.PrincipleChange(change.Kind)) + ": " + text);
        }

        foreach (var plan in impact.Plans)
        {
            var section = document.Add(c.Fill(ChangeTexts.Revisit, plan.District));
            section.Empty = c.L(ChangeTexts.NothingToRevisit);
            foreach (var goal in plan.Goals)
            {
                section.Bullets.Add(goal.DistrictGoalId.Value + " → " + goal.Change.GoalId.Value + ": " + c.L(ChangeTexts.Action(goal.Action)));
            }

            foreach (var measure in plan.Measures)
            {
                section.Bullets.Add(measure.MeasureId.Value + " → " + measure.Change.PrincipleId.Value + ": " + c.L(ChangeTexts.Action(measure.Action)));
            }
        }

        return document;
    }

    private static string Decision(ChangeContent c, ProposalDecision decision)
    {
        var text = decision.Status switch
        {
            DecisionStatus.Adopted => c.Fill(ChangeTexts.DecisionAdopted, decision.GoalId!.Value.Value, decision.ConceptVersion!)
                + (decision.Reason is { } note ? " – " + note : string.Empty),
            DecisionStatus.Rejected => c.Fill(ChangeTexts.DecisionRejected, decision.Reason!),
            _ => c.L(ChangeTexts.DecisionOpen),
        };
        return decision.DecidedOn is { } date ? text + " " + c.Fill(ChangeTexts.DecidedOn, c.Date(date)) : text;
    }

    private static string GoalChange(GoalChange change) => change.Kind switch
    {
        GoalChangeKind.Added => "„" + change.After!.Text + "“",
        GoalChangeKind.Removed => "„" + change.Before!.Text + "“",
        GoalChangeKind.Reworded => "„" + change.Before!.Text + "“ → „" + change.After!.Text + "“",
        _ => change.Before!.ActionFieldId.Value + " → " + change.After!.ActionFieldId.Value,
    };
}
