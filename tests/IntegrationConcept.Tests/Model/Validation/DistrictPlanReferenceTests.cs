using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;
using IntegrationConcept.Model.Validation;
using Xunit;

namespace IntegrationConcept.Tests.Model.Validation;

/// <summary>Every kind of reference inside a district plan must resolve inside the plan.</summary>
public sealed class DistrictPlanReferenceTests
{
    public static TheoryData<string> References => new()
    {
        "measure.actor", "measure.body", "measure.targetGroup", "measure.districtGoal", "measure.indicator",
        "goal.indicator", "goal.observation", "body.member",
    };

    [Theory]
    [MemberData(nameof(References))]
    public void Reference_ToExistingElement_Builds(string reference)
    {
        var plan = Add(ModelFixtures.PlanBuilder(), reference, resolves: true).Build();

        ReferencedIds(plan, reference).Should().ContainSingle().Which.Should().Be(Existing(reference), "the built element keeps the reference it was given");
    }

    private static string Existing(string reference) => reference switch
    {
        "measure.actor" => "naturfreunde",
        "measure.body" => "lenkausschuss",
        "measure.targetGroup" => "kinder",
        "measure.districtGoal" => "EQ-2",
        "measure.indicator" => "I-2",
        "goal.indicator" => "I-1",
        "goal.observation" => "O-1",
        _ => "beirat",
    };

    // The ids the element X-1 refers to through the member named by `reference`.
    private static IEnumerable<string> ReferencedIds(DistrictPlan plan, string reference)
    {
        var measure = plan.Measures.SingleOrDefault(m => m.Id.Value == "X-1");
        var goal = plan.Goals.SingleOrDefault(g => g.Id.Value == "X-1");
        return reference switch
        {
            "measure.actor" => measure!.CarrierIds.Select(i => i.Value),
            "measure.body" => measure!.BodyIds.Select(i => i.Value),
            "measure.targetGroup" => measure!.TargetGroupIds.Select(i => i.Value),
            "measure.districtGoal" => measure!.GoalIds.Select(i => i.Value),
            "measure.indicator" => measure!.IndicatorIds.Select(i => i.Value),
            "goal.indicator" => goal!.IndicatorIds.Select(i => i.Value),
            "goal.observation" => goal!.ObservationIds.Select(i => i.Value),
            _ => plan.Bodies.Single(b => b.Id.Value == "X-1").MemberIds.Select(i => i.Value),
        };
    }

    [Theory]
    [InlineData("measure.actor", "X-1", "$.measures[1].participations[0].actorId")]
    [InlineData("measure.body", "X-1", "$.measures[1].bodyIds[0]")]
    [InlineData("measure.targetGroup", "X-1", "$.measures[1].targetGroupIds[0]")]
    [InlineData("measure.districtGoal", "X-1", "$.measures[1].goalIds[0]")]
    [InlineData("measure.indicator", "X-1", "$.measures[1].indicatorIds[0]")]
    [InlineData("goal.indicator", "X-1", "$.goals[2].indicatorIds[0]")]
    [InlineData("goal.observation", "X-1", "$.goals[2].observationIds[0]")]
    [InlineData("body.member", "X-1", "$.bodies[1].memberIds[0]")]
    public void Reference_ToMissingElement_ReportsUnresolvedReference(string reference, string id, string path)
    {
        Func<object> act = () => Add(ModelFixtures.PlanBuilder(), reference, resolves: false).Build();

        act.ShouldFailWith((ModelProblemCode.UnresolvedReference, id, path))
            .Single().Message.Should().Contain("'missing'");
    }

    [Fact]
    public void Reference_ToElementOfAnotherKindWithTheSameId_ReportsUnresolvedReference()
    {
        // "I-1" is an indicator, not a target group: ids are typed per kind.
        Func<object> act = () => ModelFixtures.PlanBuilder().AddMeasure("X-1", "Maßnahme", m => m.For("I-1")).Build();

        act.ShouldFailWith((ModelProblemCode.UnresolvedReference, "X-1", "$.measures[1].targetGroupIds[0]"));
    }

    [Fact]
    public void Reference_DefaultId_ReportsMissingId()
    {
        var measure = new Measure(new ElementId<Measure>("X-1"), "Maßnahme", participations: [new Participation(default, ParticipationRole.Carrier)]);
        Func<object> act = () => ModelFixtures.PlanBuilder().Add(measure).Build();

        act.ShouldFailWith((ModelProblemCode.MissingId, "X-1", "$.measures[1].participations[0].actorId"));
    }

    [Fact]
    public void ObservationActionField_DefaultId_ReportsMissingId()
    {
        var plan = ModelFixtures.Plan();
        var observation = new Observation(new ElementId<Observation>("X-1"), ObservationKind.Need, "Bedarf", "Datensammlung", default(ElementId<ActionField>));
        Func<object> act = () => new DistrictPlan(plan.Title, plan.District, plan.Concept, observations: [.. plan.Observations, observation]);

        act.ShouldFailWith((ModelProblemCode.MissingId, "X-1", "$.observations[1].actionFieldId"));
    }

    [Theory]
    [InlineData("goal.actionFieldId", "$.goals[2].actionFieldId")]
    [InlineData("goal.refinedGoalIds", "$.goals[2].refinedGoalIds[0]")]
    [InlineData("measure.approachId", "$.measures[1].approachId")]
    [InlineData("measure.principleIds", "$.measures[1].principleIds[0]")]
    public void ReferenceIntoTheCityConcept_DefaultId_ReportsMissingId(string reference, string path)
    {
        // References into the city concept are resolved by the rule engine, but an empty one is wrong in any case.
        var builder = reference switch
        {
            "goal.actionFieldId" => ModelFixtures.PlanBuilder().Add(new DistrictGoal(new ElementId<DistrictGoal>("X-1"), "Ziel", isDistrictSpecific: true, actionFieldId: default(ElementId<ActionField>))),
            "goal.refinedGoalIds" => ModelFixtures.PlanBuilder().Add(new DistrictGoal(new ElementId<DistrictGoal>("X-1"), "Ziel", [default])),
            "measure.approachId" => ModelFixtures.PlanBuilder().Add(new Measure(new ElementId<Measure>("X-1"), "Maßnahme", approachId: default(ElementId<Approach>))),
            "measure.principleIds" => ModelFixtures.PlanBuilder().Add(new Measure(new ElementId<Measure>("X-1"), "Maßnahme", principleIds: [default])),
            _ => throw new ArgumentOutOfRangeException(nameof(reference)),
        };
        Func<object> act = () => builder.Build();

        act.ShouldFailWith((ModelProblemCode.MissingId, "X-1", path));
    }

    // Adds one element, id X-1, whose reference named by `reference` resolves or names "missing".
    private static DistrictPlanBuilder Add(DistrictPlanBuilder builder, string reference, bool resolves)
    {
        string Target(string existing) => resolves ? existing : "missing";
        return reference switch
        {
            "measure.actor" => builder.AddMeasure("X-1", "Maßnahme", m => m.Carrier(Target("naturfreunde"))),
            "measure.body" => builder.AddMeasure("X-1", "Maßnahme", m => m.Bodies(Target("lenkausschuss"))),
            "measure.targetGroup" => builder.AddMeasure("X-1", "Maßnahme", m => m.For(Target("kinder"))),
            "measure.districtGoal" => builder.AddMeasure("X-1", "Maßnahme", m => m.Serves(Target("EQ-2"))),
            "measure.indicator" => builder.AddMeasure("X-1", "Maßnahme", m => m.MeasuredBy(Target("I-2"))),
            "goal.indicator" => builder.AddGoal("X-1", "Ziel", ["WL-1"], [Target("I-1")]),
            "goal.observation" => builder.AddGoal("X-1", "Ziel", ["WL-1"], null, [Target("O-1")]),
            "body.member" => builder.AddBody("X-1", "Aktionsteam", BodyKind.ActionTeam, Target("beirat")),
            _ => throw new ArgumentOutOfRangeException(nameof(reference)),
        };
    }
}
