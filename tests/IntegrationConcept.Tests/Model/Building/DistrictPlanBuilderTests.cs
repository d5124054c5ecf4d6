using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;
using IntegrationConcept.Model.Validation;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Model.Building;

public sealed class DistrictPlanBuilderTests
{
    [Fact]
    public void Build_ThreeProblems_ReportsAllThree()
    {
        Func<object> act = () => ModelFixtures.PlanBuilder()
            .AddActor("beirat", "Noch einmal der Beirat", ActorKind.AdvisoryCouncil)
            .AddMeasure("M-2", "Straßenfest", m => m.Carrier("ortsvorsteher").Period(new LocalDate(2011, 9, 1), new LocalDate(2011, 8, 1)))
            .Build();

        var problems = act.ShouldFailWith(
            (ModelProblemCode.DuplicateId, "beirat", "$.actors[2].id"),
            (ModelProblemCode.EndBeforeStart, "M-2", "$.measures[1].period.end"),
            (ModelProblemCode.UnresolvedReference, "M-2", "$.measures[1].participations[0].actorId"));

        act.Should().Throw<ModelValidationException>().Which.DocumentKind.Should().Be(ElementKind.DistrictPlan);
        problems.Should().HaveCount(3);
    }

    [Fact]
    public void Build_ValidPlan_KeepsEverythingInDocumentOrder()
    {
        var plan = ModelFixtures.Plan();

        plan.Actors.Select(a => a.Id.Value).Should().Equal("beirat", "naturfreunde");
        plan.Goals.Select(g => g.Id.Value).Should().Equal("EQ-1", "EQ-2");
        plan.Goals[1].IsDistrictSpecific.Should().BeTrue();
        plan.Validity.Should().Be(new Timeframe(new LocalDate(2011, 1, 1), new LocalDate(2014, 12, 31)));
        var measure = plan.Measures[0];
        measure.Participations.Should().Equal(
            new Participation(new ElementId<Actor>("beirat"), ParticipationRole.Carrier),
            new Participation(new ElementId<Actor>("naturfreunde"), ParticipationRole.Partner));
        measure.ApproachId.Should().Be(new ElementId<Approach>("A-1"));
        measure.Status.Should().Be(MeasureStatus.Completed);
        plan.Indicators[0].Targets.Should().ContainSingle().Which.Value.Should().Be(20);
    }

    [Fact]
    public void Constructor_NullArgument_ThrowsArgumentNullExceptionNamingIt()
    {
        var act = () => new DistrictPlanBuilder("Plan", null!, new ConceptReference("Trier", "2011-12"));

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("district");
    }

    [Fact]
    public void AddActor_BlankId_ThrowsArgumentException()
    {
        var act = () => ModelFixtures.PlanBuilder().AddActor(" ", "Polizei", ActorKind.Police);

        act.Should().Throw<ArgumentException>();
    }
}
