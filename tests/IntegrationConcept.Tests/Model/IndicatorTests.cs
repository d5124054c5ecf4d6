using FluentAssertions;
using IntegrationConcept.Model;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Model;

public sealed class IndicatorTests
{
    private static readonly Indicator Indicator = ModelFixtures.Plan().Indicators[0];
    private static readonly LocalDate Day = new(2011, 10, 1);

    [Fact]
    public void WithMeasurement_AppendsAtTheEnd()
    {
        var point = new DataPoint(Day, 16);

        var changed = Indicator.WithMeasurement(point);

        changed.Measurements.Should().HaveCount(Indicator.Measurements.Count + 1);
        changed.Measurements[^1].Should().Be(point);
        Indicator.Measurements.Should().NotContain(point, "the original is unchanged");
    }

    [Fact]
    public void WithMeasurements_ReplacesTheList()
    {
        Indicator.WithMeasurements([new DataPoint(Day, 1)]).Measurements.Should().Equal(new DataPoint(Day, 1));
    }

    [Fact]
    public void WithBaselineAndTargets_ChangeOnlyThose()
    {
        var changed = Indicator.WithBaseline(null).WithTargets([new DataPoint(Day, 30)]);

        changed.Baseline.Should().BeNull();
        changed.Targets.Should().Equal(new DataPoint(Day, 30));
        changed.Measurements.Should().Equal(Indicator.Measurements);
        changed.WithBaseline(Indicator.Baseline).WithTargets(Indicator.Targets).Should().Be(Indicator);
    }

    [Theory]
    [InlineData(IndicatorMeasureType.Qualitative, true)]
    [InlineData(IndicatorMeasureType.Quantitative, false)]
    [InlineData(IndicatorMeasureType.Percentage, false)]
    public void IsQualitative_FollowsMeasureType(IndicatorMeasureType type, bool expected)
    {
        new Indicator(new ElementId<Indicator>("I-9"), "x", type, IndicatorDirection.Maintain).IsQualitative.Should().Be(expected);
    }
}
