using FluentAssertions;
using IntegrationConcept.Model;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Model;

public sealed class MeasureTests
{
    private static readonly Measure Measure = ModelFixtures.Plan().Measures[0];

    private static Participation As(string actor, ParticipationRole role) => new(new ElementId<Actor>(actor), role);

    [Fact]
    public void HasCarrier_WithCarrier_IsTrue()
    {
        Measure.HasCarrier.Should().BeTrue();
        Measure.CarrierIds.Should().Equal(new ElementId<Actor>("beirat"));
    }

    [Fact]
    public void HasCarrier_PartnersAndFundersOnly_IsFalse()
    {
        var measure = Measure.WithParticipations([As("naturfreunde", ParticipationRole.Partner), As("stadt", ParticipationRole.Funder), As("eltern", ParticipationRole.Participant)]);

        measure.HasCarrier.Should().BeFalse();
        measure.CarrierIds.Should().BeEmpty();
    }

    [Fact]
    public void HasCarrier_NoParticipations_IsFalse()
    {
        Measure.WithParticipations([]).HasCarrier.Should().BeFalse();
    }

    [Fact]
    public void CarrierIds_TwoCarriers_ListsBothInOrder()
    {
        var measure = Measure.WithParticipations([As("naturfreunde", ParticipationRole.Carrier), As("beirat", ParticipationRole.Partner), As("jugendtreff", ParticipationRole.Carrier)]);

        measure.CarrierIds.Select(id => id.Value).Should().Equal("naturfreunde", "jugendtreff");
    }

    [Fact]
    public void WithStatus_ChangesOnlyTheStatus()
    {
        var changed = Measure.WithStatus(MeasureStatus.Running);

        changed.Status.Should().Be(MeasureStatus.Running);
        changed.Should().NotBe(Measure);
        changed.WithStatus(Measure.Status).Should().Be(Measure);
    }

    [Fact]
    public void WithPeriod_ChangesOnlyThePeriod()
    {
        var period = new Timeframe(new LocalDate(2012, 1, 1));

        var changed = Measure.WithPeriod(period);

        changed.Period.Should().Be(period);
        changed.WithPeriod(Measure.Period).Should().Be(Measure);
    }

    [Fact]
    public void WithGoalsAndIndicators_ChangeOnlyThoseLists()
    {
        var changed = Measure.WithGoals([new ElementId<DistrictGoal>("EQ-2")]).WithIndicators([new ElementId<Indicator>("I-2")]);

        changed.GoalIds.Should().Equal(new ElementId<DistrictGoal>("EQ-2"));
        changed.IndicatorIds.Should().Equal(new ElementId<Indicator>("I-2"));
        changed.Participations.Should().Equal(Measure.Participations);
        changed.WithGoals(Measure.GoalIds).WithIndicators(Measure.IndicatorIds).Should().Be(Measure);
    }
}
