using System.Globalization;
using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;
using IntegrationConcept.Model.Validation;
using Xunit;

namespace IntegrationConcept.Tests.Model.Validation;

public sealed class GoalCycleTests
{
    [Fact]
    public void ParentChain_Long_Builds()
    {
        var builder = ModelFixtures.ConceptBuilder();
        for (var i = 1; i <= 2_000; i++)
        {
            builder.AddGoal(Code(i), "BS", "Unterziel", GoalLevel.Operational, i == 1 ? "BS-1" : Code(i - 1));
        }

        var concept = builder.Build();

        concept.Goals[Id(2_000)].ParentId.Should().Be(Id(1_999));
    }

    [Fact]
    public void ParentChain_GoalIsItsOwnParent_ReportsCycle()
    {
        Func<object> act = () => ModelFixtures.ConceptBuilder().AddGoal("X-1", "BS", "Ziel", parentId: "X-1").Build();

        act.ShouldFailWith((ModelProblemCode.Cycle, "X-1", "$.goals[3].parentId"))
            .Single().Message.Should().Contain("X-1 -> X-1");
    }

    [Fact]
    public void ParentChain_ThreeGoalsInACircle_ReportsOneCycleNamingEveryGoal()
    {
        Func<object> act = () => ModelFixtures.ConceptBuilder()
            .AddGoal("X-1", "BS", "Ziel", parentId: "X-3")
            .AddGoal("X-2", "BS", "Ziel", parentId: "X-1")
            .AddGoal("X-3", "BS", "Ziel", parentId: "X-2")
            .Build();

        act.ShouldFailWith((ModelProblemCode.Cycle, "X-1", "$.goals[3].parentId"))
            .Single().Message.Should().Contain("X-1 -> X-3 -> X-2 -> X-1");
    }

    [Fact]
    public void ParentChain_LeadingIntoACycle_ReportsTheCycleOnly()
    {
        // X-0 is not in the cycle; it only leads into it.
        Func<object> act = () => ModelFixtures.ConceptBuilder()
            .AddGoal("X-0", "BS", "Ziel", parentId: "X-1")
            .AddGoal("X-1", "BS", "Ziel", parentId: "X-2")
            .AddGoal("X-2", "BS", "Ziel", parentId: "X-1")
            .Build();

        act.ShouldFailWith((ModelProblemCode.Cycle, "X-1", "$.goals[4].parentId"))
            .Single().Message.Should().NotContain("X-0");
    }

    [Fact]
    public void ParentChain_TwoGoalsSharingAParent_Builds()
    {
        var concept = ModelFixtures.ConceptBuilder().AddGoal("X-1", "BS", "Ziel", parentId: "BS-1").AddGoal("X-2", "BS", "Ziel", parentId: "BS-1").Build();

        concept.Goals[new ElementId<Goal>("X-1")].ParentId.Should().Be(new ElementId<Goal>("BS-1"));
        concept.Goals[new ElementId<Goal>("X-2")].ParentId.Should().Be(new ElementId<Goal>("BS-1"));
    }

    [Fact]
    public void ConceptVersion_UpdatesItself_ReportsCycle()
    {
        var version = new ConceptVersion("2011-12", ConceptStatus.Updated, updates: "2011-12");
        Func<object> act = () => new CityConceptBuilder("Konzept", ModelFixtures.Trier(), version).Build();

        act.ShouldFailWith((ModelProblemCode.Cycle, null, "$.version.updates"));
    }

    private static string Code(int i) => string.Create(CultureInfo.InvariantCulture, $"BS-1.{i}");

    private static ElementId<Goal> Id(int i) => new(Code(i));
}
