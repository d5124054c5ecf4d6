using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Validation;
using Xunit;

namespace IntegrationConcept.Tests.Model.Validation;

public sealed class ModelProblemTests
{
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
    public void ToString_NamesElementMemberAndMessage()
    {
        new ModelProblem(ModelProblemCode.EmptyText, ElementKind.Goal, "BS-1", 0, "text", "The text must not be empty.").ToString()
            .Should().Be("Goal 'BS-1' at position 0, text: The text must not be empty.");
        new ModelProblem(ModelProblemCode.EmptyText, ElementKind.Municipality, null, null, "name", "The name must not be empty.").ToString()
            .Should().Be("Municipality, name: The name must not be empty.");
        new ModelProblem(ModelProblemCode.DuplicateId, ElementKind.Indicator, null, 2, string.Empty, "m").ToString()
            .Should().Be("Indicator at position 2: m");
    }

    [Fact]
    public void ValidationException_Message_ListsEveryProblem()
    {
        var act = () => ModelFixtures.PlanBuilder().AddActor("beirat", " ", ActorKind.Other).Build();

        var exception = act.Should().Throw<ModelValidationException>().Which;

        exception.Message.Should().StartWith("The district plan has 2 problems:")
            .And.Contain("Actor 'beirat' at position 2, id:")
            .And.Contain("Actor 'beirat' at position 2, name:")
            .And.NotContain("$.", "the model knows no JSON paths; the documents layer places problems");
    }
}
