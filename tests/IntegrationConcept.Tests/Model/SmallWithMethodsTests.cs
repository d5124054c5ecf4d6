using FluentAssertions;
using IntegrationConcept.Model;
using Xunit;

namespace IntegrationConcept.Tests.Model;

/// <summary>The With* methods of goals, district goals and the municipality change one member and keep the rest.</summary>
public sealed class SmallWithMethodsTests
{
    [Fact]
    public void GoalWithText_ChangesOnlyTheText()
    {
        var goal = ModelFixtures.Concept().Goals[1];

        var changed = goal.WithText("Neu");

        changed.Text.Should().Be("Neu");
        changed.Should().Be(new Goal(goal.Id, goal.ActionFieldId, "Neu", goal.Level, goal.ParentId));
        goal.Text.Should().NotBe("Neu");
    }

    [Fact]
    public void DistrictGoalWithRefinedGoals_ChangesOnlyThoseIds()
    {
        var goal = ModelFixtures.Plan().Goals[0];

        var changed = goal.WithRefinedGoals([new ElementId<Goal>("BS-2")]);

        changed.RefinedGoalIds.Should().Equal(new ElementId<Goal>("BS-2"));
        changed.WithRefinedGoals(goal.RefinedGoalIds).Should().Be(goal);
    }

    [Fact]
    public void DistrictGoalWithIndicators_ChangesOnlyThoseIds()
    {
        var goal = ModelFixtures.Plan().Goals[0];

        var changed = goal.WithIndicators([]);

        changed.IndicatorIds.Should().BeEmpty();
        changed.ObservationIds.Should().Equal(goal.ObservationIds);
        changed.WithIndicators(goal.IndicatorIds).Should().Be(goal);
    }

    [Fact]
    public void MunicipalityWithProfile_ChangesOnlyTheProfile()
    {
        var trier = ModelFixtures.Trier();

        var changed = trier.WithProfile(null);

        changed.Profile.Should().BeNull();
        changed.OfficialKey.Should().Be("07211000");
        changed.WithProfile(trier.Profile).Should().Be(trier);
    }
}
