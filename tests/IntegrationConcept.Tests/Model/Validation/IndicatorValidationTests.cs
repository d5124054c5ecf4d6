using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;
using IntegrationConcept.Model.Validation;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Model.Validation;

/// <summary>Indicator data: targets not before the baseline; numbers exactly where the measure type wants them.</summary>
public sealed class IndicatorValidationTests
{
    private static readonly LocalDate Baseline = new(2011, 9, 1);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Target_OnOrAfterBaselineDate_Builds(int days)
    {
        var plan = Quantitative(i => i.Baseline(Baseline, 0).Target(Baseline.PlusDays(days), 20)).Build();

        var indicator = plan.Indicators[new ElementId<Indicator>("X-1")];
        indicator.Baseline!.Value.Date.Should().Be(Baseline);
        indicator.Targets.Should().ContainSingle().Which.Date.Should().Be(Baseline.PlusDays(days));
    }

    [Fact]
    public void Target_BeforeBaselineDate_ReportsTargetBeforeBaseline()
    {
        Func<object> act = () => Quantitative(i => i.Baseline(Baseline, 0).Target(Baseline.PlusDays(100), 20).Target(Baseline.PlusDays(-1), 10)).Build();

        act.ShouldFailWith((ModelProblemCode.TargetBeforeBaseline, "X-1", "$.indicators[2].targets[1].date"))
            .Single().Message.Should().Contain("2011-08-31").And.Contain("2011-09-01");
    }

    [Fact]
    public void Target_WithoutBaseline_Builds()
    {
        var plan = Quantitative(i => i.Target(Baseline.PlusDays(-1000), 20)).Build();

        var indicator = plan.Indicators[new ElementId<Indicator>("X-1")];
        indicator.Baseline.Should().BeNull();
        indicator.Targets.Should().ContainSingle().Which.Value.Should().Be(20);
    }

    [Fact]
    public void Qualitative_CommentsWithoutNumbers_Builds()
    {
        var plan = Qualitative(i => i.Baseline(Baseline, null, "kaum Thema").Target(Baseline.PlusYears(3), null, "stabil").Measurement(Baseline.PlusYears(1), null, "wächst")).Build();

        var indicator = plan.Indicators[new ElementId<Indicator>("X-1")];
        indicator.MeasureType.Should().Be(IndicatorMeasureType.Qualitative);
        new[] { indicator.Baseline!.Value, indicator.Targets[0], indicator.Measurements[0] }.Select(p => (p.Value, p.Comment))
            .Should().Equal((null, "kaum Thema"), (null, "stabil"), (null, "wächst"));
    }

    [Theory]
    [InlineData("baseline", "$.indicators[2].baseline.value")]
    [InlineData("target", "$.indicators[2].targets[0].value")]
    [InlineData("measurement", "$.indicators[2].measurements[0].value")]
    public void Qualitative_NumberOnAPoint_ReportsNumberOnQualitative(string point, string path)
    {
        Func<object> act = () => Qualitative(i => Point(i, point, 3m, "Bewertung")).Build();

        act.ShouldFailWith((ModelProblemCode.NumberOnQualitative, "X-1", path));
    }

    [Theory]
    [InlineData("baseline", "$.indicators[2].baseline.comment")]
    [InlineData("target", "$.indicators[2].targets[0].comment")]
    [InlineData("measurement", "$.indicators[2].measurements[0].comment")]
    public void Qualitative_PointWithoutComment_ReportsEmptyText(string point, string path)
    {
        Func<object> act = () => Qualitative(i => Point(i, point, null, " ")).Build();

        act.ShouldFailWith((ModelProblemCode.EmptyText, "X-1", path));
    }

    [Theory]
    [InlineData(IndicatorMeasureType.Quantitative)]
    [InlineData(IndicatorMeasureType.Percentage)]
    public void Numeric_NumbersOnEveryPoint_Builds(IndicatorMeasureType type)
    {
        var plan = Indicator(type, i => i.Baseline(Baseline, 0).Target(Baseline.PlusYears(1), 50).Measurement(Baseline.PlusMonths(6), 20, "Zwischenstand")).Build();

        var indicator = plan.Indicators[new ElementId<Indicator>("X-1")];
        indicator.MeasureType.Should().Be(type);
        new[] { indicator.Baseline!.Value, indicator.Targets[0], indicator.Measurements[0] }.Select(p => p.Value).Should().Equal(0m, 50m, 20m);
    }

    [Theory]
    [InlineData(IndicatorMeasureType.Quantitative, "baseline", "$.indicators[2].baseline.value")]
    [InlineData(IndicatorMeasureType.Quantitative, "target", "$.indicators[2].targets[0].value")]
    [InlineData(IndicatorMeasureType.Percentage, "measurement", "$.indicators[2].measurements[0].value")]
    public void Numeric_PointWithoutNumber_ReportsMissingNumber(IndicatorMeasureType type, string point, string path)
    {
        Func<object> act = () => Indicator(type, i => Point(i, point, null, "nur ein Kommentar")).Build();

        act.ShouldFailWith((ModelProblemCode.MissingNumber, "X-1", path));
    }

    private static IndicatorBuilder Point(IndicatorBuilder builder, string point, decimal? value, string comment) => point switch
    {
        "baseline" => builder.Baseline(Baseline, value, comment),
        "target" => builder.Target(Baseline.PlusYears(1), value, comment),
        "measurement" => builder.Measurement(Baseline.PlusMonths(6), value, comment),
        _ => throw new ArgumentOutOfRangeException(nameof(point)),
    };

    private static DistrictPlanBuilder Quantitative(Action<IndicatorBuilder> configure) => Indicator(IndicatorMeasureType.Quantitative, configure);

    private static DistrictPlanBuilder Qualitative(Action<IndicatorBuilder> configure) => Indicator(IndicatorMeasureType.Qualitative, configure);

    private static DistrictPlanBuilder Indicator(IndicatorMeasureType type, Action<IndicatorBuilder> configure)
        => ModelFixtures.PlanBuilder().AddIndicator("X-1", "Indikator", type, IndicatorDirection.Increase, configure);
}
