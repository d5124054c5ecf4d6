using System;
using IntegrationConcept.Changes;
using static IntegrationConcept.Documents.Json.V1.MappingHelpers;
using IntegrationConcept.Documents.Json.Texts;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json.V1;

/// <summary>Maps a feedback document to a <see cref="FeedbackDocument"/> (through its public constructors) and back; every refused entry is named by its JSON path.</summary>
internal static class FeedbackMapper
{
    public static FeedbackDocument ToModel(FeedbackDocumentDto dto)
    {
        NotBlank(dto.Title, "$.title");
        NotBlank(dto.Municipality, "$.municipality");
        NotBlank(dto.ConceptVersion, "$.conceptVersion");
        var proposals = Map(dto.Proposals, "$.proposals", static p => p) ?? [];
        var models = new FeedbackProposal[proposals.Length];
        var ids = new System.Collections.Generic.Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < proposals.Length; i++)
        {
            var path = Index("$.proposals", i);
            models[i] = Proposal(proposals[i], path);
            if (!ids.TryAdd(models[i].Id, i))
            {
                throw new MappingException(path + ".id", MappingTexts.ProposalIdUsed.Format(models[i].Id, ids[models[i].Id].ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        return new FeedbackDocument(dto.Title, dto.Municipality, dto.ConceptVersion, models);
    }

    public static FeedbackDocumentDto ToDto(FeedbackDocument feedback) => new()
    {
        Title = feedback.Title,
        Municipality = feedback.Municipality,
        ConceptVersion = feedback.ConceptVersion,
        Proposals = ToDtos(feedback.Proposals, static p => new FeedbackProposalDto
        {
            Id = p.Id,
            Kind = p.Kind,
            Text = p.Text,
            GoalId = p.GoalId,
            ActionFieldId = p.ActionFieldId,
            SourceElementId = p.SourceElementId,
            Provenance = new ProvenanceDto
            {
                District = p.Provenance.District,
                PlanTitle = p.Provenance.PlanTitle,
                PlanConceptVersion = p.Provenance.PlanConceptVersion,
                EvaluationDate = p.Provenance.EvaluationDate,
            },
            Findings = ToDtos(p.Findings, static f => new FindingReferenceDto { RuleId = f.RuleId, ElementId = f.ElementId }),
            Decision = new DecisionDto
            {
                Status = p.Decision.Status,
                DecidedOn = p.Decision.DecidedOn,
                Reason = p.Decision.Reason,
                GoalId = p.Decision.GoalId,
                ConceptVersion = p.Decision.ConceptVersion,
            },
        }),
    };

    private static FeedbackProposal Proposal(FeedbackProposalDto dto, string path)
    {
        NotBlank(dto.Id, path + ".id");
        NotBlank(dto.Text, path + ".text");
        NotBlank(dto.SourceElementId, path + ".sourceElementId");
        if (dto.Kind == ProposalKind.Deficit && dto.GoalId is null)
        {
            throw new MappingException(path + ".goalId", MappingTexts.DeficitGoal);
        }

        var p = dto.Provenance;
        NotBlank(p.District, path + ".provenance.district");
        NotBlank(p.PlanTitle, path + ".provenance.planTitle");
        NotBlank(p.PlanConceptVersion, path + ".provenance.planConceptVersion");
        var findings = Map(dto.Findings, path + ".findings", static f => f) ?? [];
        var references = new FindingReference[findings.Length];
        for (var i = 0; i < findings.Length; i++)
        {
            NotBlank(findings[i].RuleId, Index(path + ".findings", i) + ".ruleId");
            NotBlank(findings[i].ElementId, Index(path + ".findings", i) + ".elementId");
            references[i] = new FindingReference(findings[i].RuleId, findings[i].ElementId);
        }

        return new FeedbackProposal(
            dto.Id, dto.Kind, new ProposalProvenance(p.District, p.PlanTitle, p.PlanConceptVersion, p.EvaluationDate), dto.Text,
            dto.GoalId, dto.ActionFieldId, dto.SourceElementId, references, Decision(dto.Decision, path + ".decision"));
    }

    private static ProposalDecision Decision(DecisionDto dto, string path)
    {
        switch (dto.Status)
        {
            case DecisionStatus.Adopted:
                if (dto.GoalId is not { } goalId)
                {
                    throw new MappingException(path + ".goalId", MappingTexts.AdoptedGoal);
                }

                NotBlank(dto.ConceptVersion, path + ".conceptVersion");
                if (dto.Reason is not null)
                {
                    NotBlank(dto.Reason, path + ".reason");
                }

                return ProposalDecision.Adopt(goalId, dto.ConceptVersion!, dto.DecidedOn, dto.Reason);
            case DecisionStatus.Rejected:
                NotBlank(dto.Reason, path + ".reason");
                Absent(dto.GoalId is null && dto.ConceptVersion is null, path, MappingTexts.RejectedNames);
                return ProposalDecision.Reject(dto.Reason!, dto.DecidedOn);
            default:
                Absent(dto.GoalId is null && dto.ConceptVersion is null && dto.Reason is null && dto.DecidedOn is null, path,
                    MappingTexts.OpenDecision);
                return ProposalDecision.Open;
        }
    }

    private static void NotBlank(string? value, string path)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new MappingException(path, MappingTexts.BlankText);
        }
    }

    private static void Absent(bool ok, string path, LocalizedText message)
    {
        if (!ok)
        {
            throw new MappingException(path, message);
        }
    }
}
