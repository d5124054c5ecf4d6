using FluentAssertions;
using IntegrationConcept.Model.Building;
using IntegrationConcept.Model.Validation;
using Xunit;

namespace IntegrationConcept.Tests.Model.Validation;

/// <summary>References inside a city concept must resolve inside it.</summary>
public sealed class CityConceptReferenceTests
{
    [Theory]
    [InlineData("goal.actionFieldId")]
    [InlineData("goal.parentId")]
    [InlineData("approach.actionFieldId")]
    [InlineData("approach.goalIds")]
    [InlineData("measure.approachId")]
    [InlineData("measure.goalIds")]
    public void Reference_ToExistingElement_Builds(string reference)
    {
        var concept = Add(ModelFixtures.ConceptBuilder(), reference, resolves: true).Build();

        ReferencedIds(concept, reference).Should().Equal(Existing(reference), "the built element keeps the references it was given");
    }

    private static string[] Existing(string reference) => reference switch
    {
        "goal.actionFieldId" or "approach.actionFieldId" => ["WL"],
        "goal.parentId" => ["WL-1"],
        "approach.goalIds" => ["WL-1", "BS-1"],
        "measure.approachId" => ["A-1"],
        _ => ["WL-1", "BS-2"],
    };

    // The ids the element X-1 refers to through the member named by `reference`.
    private static IEnumerable<string> ReferencedIds(IntegrationConcept.Model.CityConcept concept, string reference) => reference switch
    {
        "goal.actionFieldId" => [concept.Goals.Single(g => g.Id.Value == "X-1").ActionFieldId.Value],
        "goal.parentId" => [concept.Goals.Single(g => g.Id.Value == "X-1").ParentId?.Value ?? "(none)"],
        "approach.actionFieldId" => [concept.Approaches.Single(a => a.Id.Value == "X-1").ActionFieldId.Value],
        "approach.goalIds" => concept.Approaches.Single(a => a.Id.Value == "X-1").GoalIds.Select(i => i.Value),
        "measure.approachId" => [concept.Measures.Single(m => m.Id.Value == "X-1").ApproachId?.Value ?? "(none)"],
        _ => concept.Measures.Single(m => m.Id.Value == "X-1").GoalIds.Select(i => i.Value),
    };

    [Theory]
    [InlineData("goal.actionFieldId", "X-1", "$.goals[3].actionFieldId")]
    [InlineData("goal.parentId", "X-1", "$.goals[3].parentId")]
    [InlineData("approach.actionFieldId", "X-1", "$.approaches[1].actionFieldId")]
    [InlineData("approach.goalIds", "X-1", "$.approaches[1].goalIds[1]")]
    [InlineData("measure.approachId", "X-1", "$.measures[1].approachId")]
    [InlineData("measure.goalIds", "X-1", "$.measures[1].goalIds[1]")]
    public void Reference_ToMissingElement_ReportsUnresolvedReference(string reference, string id, string path)
    {
        Func<object> act = () => Add(ModelFixtures.ConceptBuilder(), reference, resolves: false).Build();

        act.ShouldFailWith((ModelProblemCode.UnresolvedReference, id, path))
            .Single().Message.Should().Contain("'missing'");
    }

    // Adds one element, id X-1, whose reference named by `reference` resolves or names "missing".
    private static CityConceptBuilder Add(CityConceptBuilder builder, string reference, bool resolves)
    {
        var target = resolves ? null : "missing";
        return reference switch
        {
            "goal.actionFieldId" => builder.AddGoal("X-1", target ?? "WL", "Ziel"),
            "goal.parentId" => builder.AddGoal("X-1", "WL", "Ziel", parentId: target ?? "WL-1"),
            "approach.actionFieldId" => builder.AddApproach("X-1", target ?? "WL", "Ansatz"),
            "approach.goalIds" => builder.AddApproach("X-1", "WL", "Ansatz", "WL-1", target ?? "BS-1"),
            "measure.approachId" => builder.AddMeasure("X-1", "Maßnahme", target ?? "A-1"),
            "measure.goalIds" => builder.AddMeasure("X-1", "Maßnahme", null, "WL-1", target ?? "BS-2"),
            _ => throw new ArgumentOutOfRangeException(nameof(reference)),
        };
    }
}
