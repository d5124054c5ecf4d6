using FluentAssertions;
using IntegrationConcept.Model;
using Xunit;

namespace IntegrationConcept.Tests.Model;

/// <summary>Bad input gets a clear error naming the place, never a NullReferenceException.</summary>
public sealed class NullInputTests
{
    [Fact]
    public void CityConcept_NullGoalInList_ThrowsArgumentExceptionNamingListAndPosition()
    {
        var concept = ModelFixtures.Concept();

        var act = () => concept.WithGoals([concept.Goals[0], null!]);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "goals" && e.Message.Contains("position 1"));
    }

    [Fact]
    public void DistrictPlan_NullMeasureInList_ThrowsArgumentExceptionNamingList()
    {
        var plan = ModelFixtures.Plan();

        var act = () => plan.WithMeasures([null!]);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("measures");
    }

    [Fact]
    public void DistrictPlan_NullOutOfScopeDeclaration_ThrowsArgumentExceptionNamingList()
    {
        var plan = ModelFixtures.Plan();

        var act = () => plan.WithOutOfScope([plan.OutOfScope[0], null!]);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "outOfScope" && e.Message.Contains("position 1"));
    }

    [Fact]
    public void DistrictPlan_NullSuppression_ThrowsArgumentExceptionNamingList()
    {
        var act = () => ModelFixtures.Plan().WithSuppressions([null!]);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("suppressions");
    }

    [Fact]
    public void Measure_NullParticipation_ThrowsArgumentExceptionNamingList()
    {
        var act = () => new Measure(new ElementId<Measure>("M-1"), "Straßenfest", participations: [null!]);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("participations");
    }

    [Fact]
    public void Indicator_NullBreakdown_ThrowsArgumentExceptionNamingList()
    {
        var act = () => new Indicator(new ElementId<Indicator>("I-1"), "Kinder", IndicatorMeasureType.Quantitative, IndicatorDirection.Increase, breakdowns: ["Geschlecht", null!]);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("breakdowns");
    }

    [Fact]
    public void Goal_NullText_ThrowsArgumentNullExceptionNamingIt()
    {
        var act = () => new Goal(new ElementId<Goal>("BS-1"), new ElementId<ActionField>("BS"), null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("text");
    }

    [Fact]
    public void ValueList_NullItems_AreAllowedForNullableItemTypes()
    {
        // ValueList itself is a general list: only the model's constructors reject null elements.
        var list = new ValueList<string?>(["a", null]);

        list.Should().Equal("a", null);
    }
}
