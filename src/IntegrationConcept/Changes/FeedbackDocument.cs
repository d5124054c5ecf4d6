using System;
using System.Collections.Generic;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Changes;

/// <summary>
/// The feedback of one or many district checks into the next version of the city concept (Rückkopplung): one proposal
/// per deficit and per potential, each with its provenance, the findings behind it and the planners' decision. Build it
/// with <see cref="Collect"/>, record decisions with <see cref="WithDecision"/>, and follow adoptions into the next
/// concept version with <see cref="Adoptions"/>. JSON format "feedback" (<c>feedback.v1.schema.json</c>).
/// </summary>
public sealed record FeedbackDocument
{
    /// <summary>Creates a feedback document.</summary>
    /// <param name="title">The document's title.</param>
    /// <param name="municipality">The municipality of the city concept.</param>
    /// <param name="conceptVersion">The label of the concept version the checks were made against.</param>
    /// <param name="proposals">The proposals, with ids unique in the document.</param>
    /// <exception cref="ArgumentException">A text is blank, a proposal is <see langword="null"/>, or two proposals share an id.</exception>
    public FeedbackDocument(string title, string municipality, string conceptVersion, IEnumerable<FeedbackProposal>? proposals = null)
    {
        Title = Guard.NotBlank(title);
        Municipality = Guard.NotBlank(municipality);
        ConceptVersion = Guard.NotBlank(conceptVersion);
        Proposals = proposals.ToValueList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Proposals.Count; i++)
        {
            if (!ids.Add(Proposals[i].Id))
            {
                throw new ArgumentException($"The proposal at position {i} repeats the id '{Proposals[i].Id}'.", nameof(proposals));
            }
        }
    }

    /// <summary>Gets the document's title.</summary>
    public string Title { get; }

    /// <summary>Gets the municipality of the city concept.</summary>
    public string Municipality { get; }

    /// <summary>Gets the label of the concept version the checks were made against.</summary>
    public string ConceptVersion { get; }

    /// <summary>Gets the proposals, in order.</summary>
    public ValueList<FeedbackProposal> Proposals { get; }

    /// <summary>Counts the proposals of a decision status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The number of proposals.</returns>
    public int Count(DecisionStatus status)
    {
        var count = 0;
        foreach (var proposal in Proposals)
        {
            if (proposal.Decision.Status == status)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Finds a proposal by its id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The proposal, or <see langword="null"/> when the document has none with that id.</returns>
    public FeedbackProposal? Find(string id)
    {
        foreach (var proposal in Proposals)
        {
            if (string.Equals(proposal.Id, id, StringComparison.Ordinal))
            {
                return proposal;
            }
        }

        return null;
    }

    /// <summary>Returns a copy with a decision recorded on one proposal.</summary>
    /// <param name="proposalId">The proposal's id.</param>
    /// <param name="decision">The decision.</param>
    /// <returns>The new document.</returns>
    /// <exception cref="ArgumentException">The document has no proposal with that id.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> is <see langword="null"/>.</exception>
    public FeedbackDocument WithDecision(string proposalId, ProposalDecision decision)
    {
        Guard.NotNull(decision);
        var proposals = new FeedbackProposal[Proposals.Count];
        var found = false;
        for (var i = 0; i < proposals.Length; i++)
        {
            var proposal = Proposals[i];
            found |= string.Equals(proposal.Id, proposalId, StringComparison.Ordinal);
            proposals[i] = string.Equals(proposal.Id, proposalId, StringComparison.Ordinal) ? proposal.WithDecision(decision) : proposal;
        }

        return found
            ? new FeedbackDocument(Title, Municipality, ConceptVersion, proposals)
            : throw new ArgumentException($"The feedback document has no proposal '{proposalId}'.", nameof(proposalId));
    }

    /// <summary>
    /// Collects the deficits and potentials of district checks into a feedback document with every decision open: for each
    /// report in the order given, first its deficits (concept order), then its potentials (plan order). Ids are "R-1", "R-2", ….
    /// </summary>
    /// <param name="title">The document's title.</param>
    /// <param name="reports">The checks; all against the same concept version.</param>
    /// <returns>The feedback document.</returns>
    /// <exception cref="ArgumentException">No report is given, or the reports are against different concept versions or municipalities.</exception>
    public static FeedbackDocument Collect(string title, IEnumerable<CoverageReport> reports)
    {
        Guard.NotNull(reports);
        var proposals = new List<FeedbackProposal>();
        CoverageReport? first = null;
        foreach (var report in reports)
        {
            Guard.NotNull(report);
            first ??= report;
            if (!string.Equals(report.ConceptVersion, first.ConceptVersion, StringComparison.Ordinal)
                || !string.Equals(report.Municipality, first.Municipality, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"The checks must be against one concept version: '{report.District}' was checked against {report.Municipality} '{report.ConceptVersion}', '{first.District}' against {first.Municipality} '{first.ConceptVersion}'.",
                    nameof(reports));
            }

            FeedbackCollector.Add(report, proposals);
        }

        return first is null
            ? throw new ArgumentException("Feedback needs at least one check.", nameof(reports))
            : new FeedbackDocument(title, first.Municipality, first.ConceptVersion, proposals);
    }

    /// <summary>
    /// Follows the adopted proposals into a concept: for each proposal adopted into the concept's current version, the goal
    /// it became and what changed in that goal since the version the feedback was made against (the concept history's
    /// <see cref="CityConcept.ChangesSince"/>). Proposals adopted into another version are left out.
    /// </summary>
    /// <param name="concept">The concept, normally the version after the one the feedback addresses.</param>
    /// <returns>The adoptions, in proposal order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="concept"/> is <see langword="null"/>.</exception>
    public IReadOnlyList<AdoptionLink> Adoptions(CityConcept concept)
    {
        Guard.NotNull(concept);
        var changes = concept.ChangesSince(ConceptVersion);
        var byGoal = new Dictionary<ElementId<Goal>, List<GoalChange>>();
        if (changes is not null)
        {
            foreach (var change in changes.Changes)
            {
                (byGoal.TryGetValue(change.GoalId, out var list) ? list : byGoal[change.GoalId] = new()).Add(change);
            }
        }

        var links = new List<AdoptionLink>();
        foreach (var proposal in Proposals)
        {
            if (proposal.Decision is { Status: DecisionStatus.Adopted, GoalId: { } goalId } decision
                && string.Equals(decision.ConceptVersion, concept.Version.Label, StringComparison.Ordinal))
            {
                concept.Goals.TryGet(goalId, out var goal);
                links.Add(new AdoptionLink(proposal, goalId, goal, byGoal.GetValueOrDefault(goalId)));
            }
        }

        return links;
    }
}
