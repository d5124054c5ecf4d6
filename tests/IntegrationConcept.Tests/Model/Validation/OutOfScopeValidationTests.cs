using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Validation;
using Xunit;

namespace IntegrationConcept.Tests.Model.Validation;

/// <summary>Out-of-scope declarations name an action field, goal or principle, each once.</summary>
public sealed class OutOfScopeValidationTests
{
    [Theory]
    [InlineData(ElementKind.ActionField)]
    [InlineData(ElementKind.Goal)]
    [InlineData(ElementKind.Principle)]
    public void Declaration_OfCityElementKind_Builds(ElementKind kind)
    {
        var plan = ModelFixtures.PlanBuilder().DeclareOutOfScope(kind, "X-1", "trifft nicht zu").Build();

        plan.OutOfScope.Should().ContainSingle(d => d.ElementId == "X-1")
            .Which.Should().Match<OutOfScopeDeclaration>(d => d.Kind == kind && d.Justification == "trifft nicht zu");
    }

    [Theory]
    [InlineData(ElementKind.Measure)]
    [InlineData(ElementKind.CityMeasure)]
    [InlineData(ElementKind.DistrictGoal)]
    [InlineData(ElementKind.CityConcept)]
    public void Declaration_OfOtherKind_ReportsInvalidFormat(ElementKind kind)
    {
        Func<object> act = () => ModelFixtures.PlanBuilder().DeclareOutOfScope(kind, "X-1", "trifft nicht zu").Build();

        act.ShouldFailWith((ModelProblemCode.InvalidFormat, "X-1", "$.outOfScope[1].kind"));
    }

    [Fact]
    public void Declaration_SameIdOfAnotherKind_Builds()
    {
        // The fixture declares the goal BS-2; the action field BS-2 is another element.
        var plan = ModelFixtures.PlanBuilder().DeclareOutOfScope(ElementKind.ActionField, "BS-2", "trifft nicht zu").Build();

        plan.OutOfScope.Where(d => d.ElementId == "BS-2").Select(d => d.Kind).Should().BeEquivalentTo([ElementKind.Goal, ElementKind.ActionField]);
    }

    [Fact]
    public void Declaration_Twice_ReportsDuplicateId()
    {
        Func<object> act = () => ModelFixtures.PlanBuilder().DeclareOutOfScope(ElementKind.Goal, "BS-2", "noch einmal").Build();

        act.ShouldFailWith((ModelProblemCode.DuplicateId, "BS-2", "$.outOfScope[1].elementId"));
    }

    [Fact]
    public void Declaration_BlankElementId_ReportsMissingId()
    {
        Func<object> act = () => ModelFixtures.PlanBuilder().DeclareOutOfScope(ElementKind.Goal, " ", "trifft nicht zu").Build();

        act.ShouldFailWith((ModelProblemCode.MissingId, null, "$.outOfScope[1].elementId"));
    }

    [Fact]
    public void Declaration_WithoutJustification_BuildsAndIsNotJustified()
    {
        // A missing justification is the rule engine's finding, not a structural problem.
        var plan = ModelFixtures.PlanBuilder().DeclareOutOfScope(ElementKind.Principle, "G-1", " ").Build();

        plan.OutOfScope[1].IsJustified.Should().BeFalse();
        plan.OutOfScope[0].IsJustified.Should().BeTrue();
    }
}
