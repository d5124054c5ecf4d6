using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;
using IntegrationConcept.Model.Validation;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Model.Validation;

/// <summary>A period must not end before it starts: measure periods, plan validity, concept validity.</summary>
public sealed class PeriodTests
{
    private static readonly LocalDate Start = new(2011, 9, 1);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(null)]
    public void MeasurePeriod_EndOnOrAfterStartOrOpen_Builds(int? days)
    {
        var plan = ModelFixtures.PlanBuilder().AddMeasure("X-1", "Straßenfest", m => m.Period(Start, End(days))).Build();

        plan.Measures[new ElementId<Measure>("X-1")].Period.Should().Be(new Timeframe(Start, End(days)));
    }

    [Fact]
    public void MeasurePeriod_EndBeforeStart_ReportsEndBeforeStart()
    {
        Func<object> act = () => ModelFixtures.PlanBuilder().AddMeasure("X-1", "Straßenfest", m => m.Period(Start, Start.PlusDays(-1))).Build();

        act.ShouldFailWith((ModelProblemCode.EndBeforeStart, "X-1", "$.measures[1].period.end"))
            .Single().Message.Should().Contain("2011-08-31").And.Contain("2011-09-01");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(null)]
    public void PlanValidity_EndOnOrAfterStartOrOpen_Builds(int? days)
    {
        var plan = ModelFixtures.PlanBuilder().ValidFor(new Timeframe(Start, End(days))).Build();

        plan.Validity.Should().Be(new Timeframe(Start, End(days)));
    }

    [Fact]
    public void PlanValidity_EndBeforeStart_ReportsEndBeforeStart()
    {
        Func<object> act = () => ModelFixtures.PlanBuilder().ValidFor(new Timeframe(Start, Start.PlusYears(-1))).Build();

        act.ShouldFailWith((ModelProblemCode.EndBeforeStart, null, "$.validity.end"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(null)]
    public void ConceptValidity_EndOnOrAfterStartOrOpen_Builds(int? days)
    {
        var concept = new CityConceptBuilder("Konzept", ModelFixtures.Trier(), Version(new Timeframe(Start, End(days)))).Build();

        concept.Version.Validity.Should().Be(new Timeframe(Start, End(days)));
    }

    [Fact]
    public void ConceptValidity_EndBeforeStart_ReportsEndBeforeStart()
    {
        Func<object> act = () => new CityConceptBuilder("Konzept", ModelFixtures.Trier(), Version(new Timeframe(Start, Start.PlusDays(-1)))).Build();

        act.ShouldFailWith((ModelProblemCode.EndBeforeStart, null, "$.version.validity.end"));
    }

    private static LocalDate? End(int? days) => days is { } d ? Start.PlusDays(d) : null;

    private static ConceptVersion Version(Timeframe validity) => new("2011-12", ConceptStatus.Adopted, new LocalDate(2011, 12, 13), "Stadtrat", validity);
}
