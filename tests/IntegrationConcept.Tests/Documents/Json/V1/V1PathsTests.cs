using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Validation;
using Xunit;

namespace IntegrationConcept.Tests.Documents.Json.V1;

public sealed class V1PathsTests
{
    [Theory]
    [InlineData(ElementKind.Goal, 3, "text", "$.goals[3].text")]
    [InlineData(ElementKind.DistrictGoal, 1, "refinedGoalIds[0]", "$.goals[1].refinedGoalIds[0]")]
    [InlineData(ElementKind.Measure, 0, "participations[1].actorId", "$.measures[0].participations[1].actorId")]
    [InlineData(ElementKind.Indicator, 2, "", "$.indicators[2]")]
    [InlineData(ElementKind.Municipality, null, "officialKey", "$.municipality.officialKey")]
    [InlineData(ElementKind.DistrictPlan, null, "title", "$.title")]
    [InlineData(ElementKind.CityConcept, null, "", "$")]
    public void Of_FollowsTheVersion1Names(ElementKind kind, int? index, string member, string expected)
    {
        V1Paths.Of(new ModelProblem(ModelProblemCode.EmptyText, kind, "X", index, member, "m")).Should().Be(expected);
    }

    [Fact]
    public void ReadingADocument_PlacesEachModelProblemAtItsPath()
    {
        var json = """
            {"formatVersion":1,"title":"T","municipality":{"name":"Trier"},"version":{"label":"v","status":"adopted"},
             "principles":[{"id":"P1","name":" "}]}
            """;

        var ex = Assert.Throws<DocumentFormatException>(() => DocumentSerializer.ReadCityConcept(json));

        ex.Problems.Should().ContainSingle().Which.Path.Should().Be("$.principles[0].name");
        ex.Message.Should().Contain("\n  - $.principles[0].name: ");
    }
}
