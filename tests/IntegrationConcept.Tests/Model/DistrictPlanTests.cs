using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Validation;
using Xunit;

namespace IntegrationConcept.Tests.Model;

/// <summary>The With* methods of a district plan return changed copies and check them again.</summary>
public sealed class DistrictPlanTests
{
    private static readonly DistrictPlan Plan = ModelFixtures.Plan();

    [Fact]
    public void WithMeasures_ReturnsChangedCopy()
    {
        var changed = Plan.WithMeasures(Plan.Measures.Select(m => m.WithStatus(MeasureStatus.Cancelled)));

        changed.Measures[0].Status.Should().Be(MeasureStatus.Cancelled);
        Plan.Measures[0].Status.Should().Be(MeasureStatus.Completed, "the original is unchanged");
        changed.Actors.Should().Equal(Plan.Actors);
    }

    [Fact]
    public void WithMeasures_UnknownGoal_Revalidates()
    {
        var act = () => Plan.WithMeasures(Plan.Measures.Select(m => m.WithGoals([new ElementId<DistrictGoal>("EQ-9")])));

        act.Should().Throw<ModelValidationException>().Which.Problems.Single().DocumentPath().Should().Be("$.measures[0].goalIds[0]");
    }

    [Fact]
    public void WithGoals_RemovingAGoalInUse_Revalidates()
    {
        var act = () => Plan.WithGoals(Plan.Goals.Where(g => g.Id.Value != "EQ-1"));

        act.Should().Throw<ModelValidationException>().Which.Problems.Single().Code.Should().Be(ModelProblemCode.UnresolvedReference);
    }

    [Fact]
    public void WithGoals_ReturnsChangedCopy()
    {
        var changed = Plan.WithGoals(Plan.Goals.Select(g => g.WithIndicators([])));

        changed.Goals.Should().OnlyContain(g => g.IndicatorIds.Count == 0);
    }

    [Fact]
    public void WithIndicators_RemovingAnIndicatorInUse_Revalidates()
    {
        var act = () => Plan.WithIndicators([]);

        act.Should().Throw<ModelValidationException>().Which.Problems.Select(p => p.DocumentPath())
            .Should().Equal("$.goals[0].indicatorIds[0]", "$.goals[1].indicatorIds[0]", "$.measures[0].indicatorIds[0]");
    }

    [Fact]
    public void WithIndicators_ReturnsChangedCopy()
    {
        var changed = Plan.WithIndicators(Plan.Indicators.Select(i => i.WithMeasurements([])));

        changed.Indicators.Should().OnlyContain(i => i.Measurements.Count == 0);
    }

    [Fact]
    public void WithOutOfScope_ReturnsChangedCopyAndRevalidates()
    {
        var declaration = new OutOfScopeDeclaration(ElementKind.ActionField, "VW", "Verwaltung ist gesamtstädtisch");

        Plan.WithOutOfScope([declaration]).OutOfScope.Should().Equal(declaration);
        var act = () => Plan.WithOutOfScope([declaration, declaration]);
        act.Should().Throw<ModelValidationException>().Which.Problems.Single().Code.Should().Be(ModelProblemCode.DuplicateId);
    }

    [Fact]
    public void WithSuppressions_ReturnsChangedCopyAndRevalidates()
    {
        var suppression = new Suppression("IC2001", "M-1", "begründet");

        Plan.WithSuppressions([suppression]).Suppressions.Should().Equal(suppression);
        var act = () => Plan.WithSuppressions([suppression, suppression]);
        act.Should().Throw<ModelValidationException>().Which.Problems.Single().Code.Should().Be(ModelProblemCode.DuplicateId);
    }

    [Fact]
    public void WithConcept_ReturnsChangedCopyAndRevalidates()
    {
        Plan.WithConcept(new ConceptReference("Trier", "2015")).Concept.VersionLabel.Should().Be("2015");
        var act = () => Plan.WithConcept(new ConceptReference("Trier", " "));
        act.Should().Throw<ModelValidationException>().Which.Problems.Single().DocumentPath().Should().Be("$.concept.versionLabel");
    }
}
