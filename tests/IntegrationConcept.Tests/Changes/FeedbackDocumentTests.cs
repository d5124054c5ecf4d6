using FluentAssertions;
using IntegrationConcept.Changes;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Changes;

public sealed class FeedbackDocumentTests
{
    private static readonly LocalDate Decided = new(2013, 11, 5);

    // A plan that leaves AR-1 uncovered (its goal has no measure: partly covered) and has a district-specific goal (a potential).
    private static CoverageReport Check(LocalDate? date = null)
        => TestDocuments.Check(
            TestDocuments.PlanBuilder()
                .AddGoal("EQ-5", "Ein Straßenfest bringt Alt und Neu zusammen", g => g.DistrictSpecific("BS"))
                .Build()
                .WithMeasures(TestDocuments.Plan().Measures.Where(m => m.Id.Value != "M-2")),
            date: date);

    [Fact]
    public void Collect_DeficitsAndPotentials_BecomeOpenProposalsWithProvenanceAndFindings()
    {
        var report = Check();
        var feedback = FeedbackDocument.Collect("Rückkopplung Ehrang/Quint", [report]);

        feedback.Municipality.Should().Be("Trier");
        feedback.ConceptVersion.Should().Be("2011-12");
        feedback.Proposals.Select(p => (p.Id, p.Kind, p.SourceElementId, p.IsNewGoal)).Should().Equal(
            ("R-1", ProposalKind.Deficit, "AR-1", false), ("R-2", ProposalKind.Potential, "EQ-5", true));
        var deficit = feedback.Proposals[0];
        deficit.GoalId.Should().Be(new ElementId<Goal>("AR-1"));
        deficit.ActionFieldId.Should().Be(new ElementId<ActionField>("AR"));
        deficit.Findings.Should().Contain(new FindingReference(RuleIds.PartlyCoveredGoal, "AR-1"));
        deficit.Provenance.Should().Be(new ProposalProvenance("Ehrang/Quint", "Stadtteilkonzept Ehrang/Quint", "2011-12", TestDocuments.EvaluationDate));
        feedback.Proposals[1].Findings.Should().Contain(new FindingReference(RuleIds.GoalWithoutMeasure, "EQ-5"));
        feedback.Count(DecisionStatus.Open).Should().Be(2);
    }

    [Fact]
    public void Collect_ManyReports_KeepsTheirOrderAndNumbersOnwards()
    {
        var feedback = FeedbackDocument.Collect("Rückkopplung", [Check(), Check(new LocalDate(2014, 1, 15))]);

        feedback.Proposals.Select(p => p.Id).Should().Equal("R-1", "R-2", "R-3", "R-4");
        feedback.Proposals.Select(p => p.Provenance.EvaluationDate).Should().Equal(
            TestDocuments.EvaluationDate, TestDocuments.EvaluationDate, new LocalDate(2014, 1, 15), new LocalDate(2014, 1, 15));
    }

    [Fact]
    public void Collect_ReportsAgainstOtherVersions_Throws()
    {
        var other = TestDocuments.Check(TestDocuments.Plan(), TestDocuments.ConceptBuilder("2015").Build());
        FluentActions.Invoking(() => FeedbackDocument.Collect("R", [Check(), other]))
            .Should().Throw<ArgumentException>().WithMessage("*one concept version*'2015'*'2011-12'*");
        FluentActions.Invoking(() => FeedbackDocument.Collect("R", [])).Should().Throw<ArgumentException>().WithMessage("*at least one*");
    }

    [Fact]
    public void RoundTrip_ProposalDecisionLinkedGoalInTheNextVersion()
    {
        var concept = TestDocuments.Concept();
        var feedback = FeedbackDocument.Collect("Rückkopplung Ehrang/Quint", [Check()]);

        // The council adopts the potential as a new goal and the deficit as a reworded AR-1, and rejects nothing.
        var next = concept
            .WithVersion(new ConceptVersion("2013-12", ConceptStatus.Adopted, new LocalDate(2013, 12, 10), "Stadtrat"))
            .WithGoals([
                concept.Goals[0],
                new Goal(new ElementId<Goal>("AR-1"), new ElementId<ActionField>("AR"), "Anerkennung ausländischer Berufsabschlüsse mit Beratung im Stadtteil"),
                new Goal(new ElementId<Goal>("BS-2"), new ElementId<ActionField>("BS"), "Begegnungsfeste im Stadtteil"),
            ])
            .WithPreviousVersions([new PreviousVersion(concept.Version, concept.Goals)]);
        var decided = feedback
            .WithDecision("R-2", ProposalDecision.Adopt(new ElementId<Goal>("BS-2"), "2013-12", Decided))
            .WithDecision("R-1", ProposalDecision.Adopt(new ElementId<Goal>("AR-1"), "2013-12", Decided, "Beratung aufgenommen"));

        var links = decided.Adoptions(next);

        links.Select(l => (l.Proposal.Id, l.GoalId.Value, l.IsResolved)).Should().Equal(("R-1", "AR-1", true), ("R-2", "BS-2", true));
        links[0].Changes.Should().ContainSingle().Which.Kind.Should().Be(GoalChangeKind.Reworded);
        links[1].Changes.Should().ContainSingle().Which.Kind.Should().Be(GoalChangeKind.Added);
        links[1].Goal!.Text.Should().Be("Begegnungsfeste im Stadtteil");
        decided.Count(DecisionStatus.Adopted).Should().Be(2);
        feedback.Count(DecisionStatus.Adopted).Should().Be(0, "a decision returns a new document");
    }

    [Fact]
    public void Adoptions_IntoAnotherVersionOrAMissingGoal_AreLeftOutOrUnresolved()
    {
        var feedback = FeedbackDocument.Collect("R", [Check()])
            .WithDecision("R-1", ProposalDecision.Adopt(new ElementId<Goal>("AR-1"), "2020"))
            .WithDecision("R-2", ProposalDecision.Adopt(new ElementId<Goal>("XX-9"), "2011-12"));

        var links = feedback.Adoptions(TestDocuments.Concept());

        links.Should().ContainSingle().Which.Should().Match<AdoptionLink>(l => l.Proposal.Id == "R-2" && !l.IsResolved && l.Changes.Count == 0);
    }

    [Fact]
    public void Decisions_RejectionNeedsAReasonAndUnknownIdsThrow()
    {
        var feedback = FeedbackDocument.Collect("R", [Check()]);
        var rejected = feedback.WithDecision("R-2", ProposalDecision.Reject("Ein Fest ist kein gesamtstädtisches Ziel.", Decided));

        rejected.Find("R-2")!.Decision.Should().Match<ProposalDecision>(d => d.Status == DecisionStatus.Rejected && d.Reason!.StartsWith("Ein Fest", StringComparison.Ordinal) && d.DecidedOn == Decided);
        FluentActions.Invoking(() => ProposalDecision.Reject(" ")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => feedback.WithDecision("R-9", ProposalDecision.Open)).Should().Throw<ArgumentException>().WithMessage("*'R-9'*");
        rejected.Find("R-9").Should().BeNull();
    }

    [Fact]
    public void Constructor_DuplicateIdOrDeficitWithoutGoal_Throws()
    {
        var proposal = FeedbackDocument.Collect("R", [Check()]).Proposals[1];
        FluentActions.Invoking(() => new FeedbackDocument("R", "Trier", "2011-12", [proposal, proposal]))
            .Should().Throw<ArgumentException>().WithMessage("*position 1*'R-2'*");
        FluentActions.Invoking(() => new FeedbackProposal("R-1", ProposalKind.Deficit, proposal.Provenance, "t", null, null, "EQ-1"))
            .Should().Throw<ArgumentException>().WithParameterName("goalId");
    }

    [Fact]
    public void Collect_TwiceOnEqualInput_IsValueEqual()
    {
        var feedback = FeedbackDocument.Collect("R", [Check()]);
        var same = FeedbackDocument.Collect("R", [Check()]);
        var other = feedback.WithDecision("R-1", ProposalDecision.Reject("nein"));

        EqualityAssert.HasValueSemantics(feedback, same, other);
        EqualityAssert.HasValueSemantics(feedback.Proposals[0], same.Proposals[0], other.Proposals[0]);
        EqualityAssert.HasValueSemantics(ProposalDecision.Reject("nein"), ProposalDecision.Reject("nein"), ProposalDecision.Open);
    }
}
