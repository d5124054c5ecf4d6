using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Validation;
using Xunit;

namespace IntegrationConcept.Tests.Model.Validation;

public sealed class ModelProblemTests
{
    [Theory]
    [InlineData(ElementKind.Goal, 3, "text", "$.goals[3].text")]
    [InlineData(ElementKind.Measure, 0, "participations[1].actorId", "$.measures[0].participations[1].actorId")]
    [InlineData(ElementKind.Indicator, 2, "", "$.indicators[2]")]
    [InlineData(ElementKind.Municipality, null, "officialKey", "$.municipality.officialKey")]
    [InlineData(ElementKind.DistrictPlan, null, "title", "$.title")]
    [InlineData(ElementKind.CityConcept, null, "", "$")]
    public void Path_FollowsTheDocumentFormat(ElementKind kind, int? index, string member, string expected)
    {
        new ModelProblem(ModelProblemCode.EmptyText, kind, "X", index, member, "m").Path.Should().Be(expected);
    }

    [Fact]
    public void Equality_ComparesEveryMember()
        => EqualityAssert.HasValueSemantics(
            new ModelProblem(ModelProblemCode.EmptyText, ElementKind.Goal, "BS-1", 0, "text", "m"),
            new ModelProblem(ModelProblemCode.EmptyText, ElementKind.Goal, "BS-1", 0, "text", "m"),
            new ModelProblem(ModelProblemCode.MissingId, ElementKind.Goal, "BS-1", 0, "text", "m"),
            new ModelProblem(ModelProblemCode.EmptyText, ElementKind.DistrictGoal, "BS-1", 0, "text", "m"),
            new ModelProblem(ModelProblemCode.EmptyText, ElementKind.Goal, null, 0, "text", "m"),
            new ModelProblem(ModelProblemCode.EmptyText, ElementKind.Goal, "BS-1", 1, "text", "m"),
            new ModelProblem(ModelProblemCode.EmptyText, ElementKind.Goal, "BS-1", 0, "id", "m"),
            new ModelProblem(ModelProblemCode.EmptyText, ElementKind.Goal, "BS-1", 0, "text", "n"));

    [Fact]
    public void ToString_NamesPathElementAndMessage()
    {
        new ModelProblem(ModelProblemCode.EmptyText, ElementKind.Goal, "BS-1", 0, "text", "The text must not be empty.").ToString()
            .Should().Be("$.goals[0].text (Goal 'BS-1'): The text must not be empty.");
        new ModelProblem(ModelProblemCode.EmptyText, ElementKind.Municipality, null, null, "name", "The name must not be empty.").ToString()
            .Should().Be("$.municipality.name: The name must not be empty.");
    }

    [Fact]
    public void ValidationException_Message_ListsEveryProblem()
    {
        var act = () => ModelFixtures.PlanBuilder().AddActor("beirat", " ", ActorKind.Other).Build();

        var exception = act.Should().Throw<ModelValidationException>().Which;

        exception.Message.Should().StartWith("The district plan has 2 problems:")
            .And.Contain("$.actors[2].id (Actor 'beirat')")
            .And.Contain("$.actors[2].name (Actor 'beirat')");
    }
}
