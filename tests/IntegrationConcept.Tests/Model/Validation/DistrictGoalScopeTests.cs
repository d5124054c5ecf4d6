using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Validation;
using Xunit;

namespace IntegrationConcept.Tests.Model.Validation;

/// <summary>A district goal either refines city goals or is marked district-specific: exactly one of the two.</summary>
public sealed class DistrictGoalScopeTests
{
    [Fact]
    public void Goal_RefinesCityGoals_Builds()
    {
        var plan = ModelFixtures.PlanBuilder().Add(Goal(["BS-1", "BS-2"], districtSpecific: false)).Build();

        var goal = plan.Goals[new ElementId<DistrictGoal>("X-1")];
        goal.RefinedGoalIds.Should().Equal(new ElementId<Goal>("BS-1"), new ElementId<Goal>("BS-2"));
        goal.IsDistrictSpecific.Should().BeFalse();
    }

    [Fact]
    public void Goal_DistrictSpecificOnly_Builds()
    {
        var plan = ModelFixtures.PlanBuilder().Add(Goal([], districtSpecific: true)).Build();

        var goal = plan.Goals[new ElementId<DistrictGoal>("X-1")];
        goal.RefinedGoalIds.Should().BeEmpty();
        goal.IsDistrictSpecific.Should().BeTrue();
    }

    [Fact]
    public void Goal_NeitherRefiningNorDistrictSpecific_IsReported()
    {
        Func<object> act = () => ModelFixtures.PlanBuilder().Add(Goal([], districtSpecific: false)).Build();

        act.ShouldFailWith((ModelProblemCode.UnresolvedReference, "X-1", "$.goals[2].refinedGoalIds"));
    }

    [Fact]
    public void Goal_BothRefiningAndDistrictSpecific_ReportsContradiction()
    {
        Func<object> act = () => ModelFixtures.PlanBuilder().Add(Goal(["BS-1"], districtSpecific: true)).Build();

        act.ShouldFailWith((ModelProblemCode.Contradiction, "X-1", "$.goals[2].isDistrictSpecific"));
    }

    private static DistrictGoal Goal(string[] refined, bool districtSpecific)
        => new(new ElementId<DistrictGoal>("X-1"), "Ziel", refined.Select(id => new ElementId<Goal>(id)), districtSpecific);
}
