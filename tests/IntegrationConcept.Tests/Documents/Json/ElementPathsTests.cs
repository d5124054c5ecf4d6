using FluentAssertions;
using IntegrationConcept.Documents;
using IntegrationConcept.Documents.Json;
using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Documents.Json.V2;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Validation;
using IntegrationConcept.Results;
using Xunit;

namespace IntegrationConcept.Tests.Documents.Json;

/// <summary>The documents layer writes the <c>$.…</c> paths, by the names of each format version; the model and the results carry kind, position and member.</summary>
public sealed class ElementPathsTests
{
    [Theory]
    [InlineData(ElementKind.Goal, 3, "text", "$.goals[3].text")]
    [InlineData(ElementKind.DistrictGoal, 1, "refinedGoalIds[0]", "$.goals[1].refinedGoalIds[0]")]
    [InlineData(ElementKind.Measure, 0, "participations[1].actorId", "$.measures[0].participations[1].actorId")]
    [InlineData(ElementKind.Indicator, 2, "", "$.indicators[2]")]
    [InlineData(ElementKind.Municipality, null, "officialKey", "$.municipality.officialKey")]
    [InlineData(ElementKind.DistrictPlan, null, "title", "$.title")]
    [InlineData(ElementKind.CityConcept, null, "", "$")]
    public void Path_FollowsTheVersion1Names(ElementKind kind, int? index, string member, string expected)
    {
        var problem = new ModelProblem(ModelProblemCode.EmptyText, kind, "X", index, member, "m");

        V1Names.Path(problem).Should().Be(expected);
        V2Names.Path(problem).Should().Be(expected, "format 2 renamed nothing");
    }

    [Theory]
    [InlineData(ElementKind.SubArea, 0, "name", "$.district.subAreas[0].name")]
    [InlineData(ElementKind.PreviousVersion, 1, "", "$.previousVersions[1]")]
    public void Path_Version2AddsItsLists(ElementKind kind, int? index, string member, string expected)
    {
        var problem = new ModelProblem(ModelProblemCode.EmptyText, kind, "X", index, member, "m");

        V2Names.Path(problem).Should().Be(expected);
        V1Names.Path(problem).Should().NotStartWith(expected[..6], "format 1 has no such list");
    }

    [Theory]
    [InlineData(ElementKind.Measure, 2, null, "$.measures[2]")]
    [InlineData(ElementKind.DistrictGoal, 1, "refinedGoalIds[1]", "$.goals[1].refinedGoalIds[1]")]
    [InlineData(ElementKind.DistrictPlan, null, "period", "$.period")]
    [InlineData(ElementKind.DistrictPlan, null, null, "$")]
    [InlineData(ElementKind.SubArea, 0, null, "$.district.subAreas[0]")]
    [InlineData(ElementKind.Municipality, null, null, "$.municipality")]
    public void ElementReference_PathIsWrittenByTheDocumentsLayer(ElementKind kind, int? index, string? member, string expected)
    {
        var reference = new ElementReference(DocumentKind.DistrictPlan, kind, "X", index, member);

        ElementPaths.Of(V2Names.List, kind, index, member).Should().Be(expected);
        reference.Path.Should().Be(expected, "the public path is the one the documents layer writes");
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
