using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;
using IntegrationConcept.Model.Validation;
using Xunit;

namespace IntegrationConcept.Tests.Model.Validation;

public sealed class DuplicateIdTests
{
    public static TheoryData<string> CityKinds => new() { "principle", "actionField", "goal", "approach", "measure" };

    public static TheoryData<string> PlanKinds => new() { "observation", "goal", "measure", "actor", "body", "targetGroup", "indicator" };

    [Theory]
    [MemberData(nameof(CityKinds))]
    public void CityConcept_DistinctIds_Builds(string kind)
    {
        var concept = AddCity(ModelFixtures.ConceptBuilder(), kind, "NEW").Build();

        CityIds(concept, kind).Should().Contain("NEW").And.OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("principle", "G-1", "$.principles[1].id")]
    [InlineData("actionField", "BS", "$.actionFields[2].id")]
    [InlineData("goal", "BS-1", "$.goals[3].id")]
    [InlineData("approach", "A-1", "$.approaches[1].id")]
    [InlineData("measure", "CM-1", "$.measures[1].id")]
    public void CityConcept_DuplicateId_ReportsTheSecondElement(string kind, string id, string path)
    {
        Func<object> act = () => AddCity(ModelFixtures.ConceptBuilder(), kind, id).Build();

        act.ShouldFailWith((ModelProblemCode.DuplicateId, id, path));
    }

    [Theory]
    [MemberData(nameof(PlanKinds))]
    public void DistrictPlan_DistinctIds_Builds(string kind)
    {
        var plan = AddPlan(ModelFixtures.PlanBuilder(), kind, "NEW").Build();

        PlanIds(plan, kind).Should().Contain("NEW").And.OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("observation", "O-1", "$.observations[1].id")]
    [InlineData("goal", "EQ-1", "$.goals[2].id")]
    [InlineData("measure", "M-1", "$.measures[1].id")]
    [InlineData("actor", "beirat", "$.actors[2].id")]
    [InlineData("body", "lenkausschuss", "$.bodies[1].id")]
    [InlineData("targetGroup", "kinder", "$.targetGroups[1].id")]
    [InlineData("indicator", "I-1", "$.indicators[2].id")]
    public void DistrictPlan_DuplicateId_ReportsTheSecondElement(string kind, string id, string path)
    {
        Func<object> act = () => AddPlan(ModelFixtures.PlanBuilder(), kind, id).Build();

        act.ShouldFailWith((ModelProblemCode.DuplicateId, id, path));
    }

    [Fact]
    public void CityConcept_SameIdInDifferentKinds_Builds()
    {
        // Ids are unique per kind: an action field and a goal may share a code.
        var concept = ModelFixtures.ConceptBuilder().AddGoal("WL", "WL", "Ziel mit dem Code des Handlungsfelds").Build();

        concept.Goals[new ElementId<Goal>("WL")].ActionFieldId.Should().Be(new ElementId<ActionField>("WL"));
        concept.ActionFields.Contains(new ElementId<ActionField>("WL")).Should().BeTrue();
    }

    [Fact]
    public void CityConcept_DefaultId_ReportsMissingId()
    {
        var goal = new Goal(default, new ElementId<ActionField>("BS"), "Ziel ohne Code");
        Func<object> act = () => ModelFixtures.ConceptBuilder().Add(goal).Build();

        act.ShouldFailWith((ModelProblemCode.MissingId, null, "$.goals[3].id"));
    }

    private static IEnumerable<string> CityIds(CityConcept concept, string kind) => kind switch
    {
        "principle" => concept.Principles.Select(e => e.Id.Value),
        "actionField" => concept.ActionFields.Select(e => e.Id.Value),
        "goal" => concept.Goals.Select(e => e.Id.Value),
        "approach" => concept.Approaches.Select(e => e.Id.Value),
        _ => concept.Measures.Select(e => e.Id.Value),
    };

    private static IEnumerable<string> PlanIds(DistrictPlan plan, string kind) => kind switch
    {
        "observation" => plan.Observations.Select(e => e.Id.Value),
        "goal" => plan.Goals.Select(e => e.Id.Value),
        "measure" => plan.Measures.Select(e => e.Id.Value),
        "actor" => plan.Actors.Select(e => e.Id.Value),
        "body" => plan.Bodies.Select(e => e.Id.Value),
        "targetGroup" => plan.TargetGroups.Select(e => e.Id.Value),
        _ => plan.Indicators.Select(e => e.Id.Value),
    };

    private static CityConceptBuilder AddCity(CityConceptBuilder builder, string kind, string id) => kind switch
    {
        "principle" => builder.AddPrinciple(id, "Noch ein Grundsatz"),
        "actionField" => builder.AddActionField(id, "Noch ein Handlungsfeld"),
        "goal" => builder.AddGoal(id, "BS", "Noch ein Ziel"),
        "approach" => builder.AddApproach(id, "BS", "Noch ein Ansatz"),
        "measure" => builder.AddMeasure(id, "Noch eine Maßnahme"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static DistrictPlanBuilder AddPlan(DistrictPlanBuilder builder, string kind, string id) => kind switch
    {
        "observation" => builder.AddObservation(id, ObservationKind.Potential, "Viele Vereine", "Akteurstreffen"),
        "goal" => builder.AddGoal(id, "Noch ein Ziel", "BS-1"),
        "measure" => builder.AddMeasure(id, "Straßenfest"),
        "actor" => builder.AddActor(id, "Polizei", ActorKind.Police),
        "body" => builder.AddBody(id, "Netzwerkteam", BodyKind.NetworkTeam),
        "targetGroup" => builder.AddTargetGroup(id, "Eltern"),
        "indicator" => builder.AddIndicator(id, "Vereinsmitglieder", IndicatorMeasureType.Quantitative, IndicatorDirection.Increase),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
