using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Validation;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Model.Additions;

/// <summary>City-level indicators on the city concept, with catalogue reference, frequency, breakdowns and area keys.</summary>
public sealed class CityIndicatorTests
{
    [Fact]
    public void AddIndicator_CityConcept_KeepsEveryDetailAndDefaultsToCityLevel()
    {
        var concept = ModelFixtures.ConceptBuilder()
            .AddIndicator("C2a", "Kinder in Kindertageseinrichtungen nach Migrationshintergrund", IndicatorMeasureType.Percentage, IndicatorDirection.Maintain, i => i
                .Catalogue("C2a", "Integrationsmonitoring der Länder")
                .Frequency(MeasurementFrequency.Biennial)
                .BrokenDownBy("Migrationshintergrund", "Geschlecht")
                .Unit("%"))
            .AddIndicator("S-1", "Bevölkerung mit Migrationshintergrund", IndicatorMeasureType.Percentage, IndicatorDirection.Maintain, i => i
                .Level(SpatialLevel.SubArea).Areas("231", "232")
                .Measurement(new LocalDate(2013, 12, 31), 17m).Measurement(new LocalDate(2012, 12, 31), 16m))
            .Build();

        var c2a = concept.Indicators[0];
        c2a.SpatialLevel.Should().Be(SpatialLevel.City);
        c2a.Catalogue.Should().Be(new CatalogueReference("C2a", "Integrationsmonitoring der Länder"));
        c2a.Frequency.Should().Be(MeasurementFrequency.Biennial);
        c2a.Breakdowns.Should().Equal("Migrationshintergrund", "Geschlecht");
        c2a.LatestMeasurementDate.Should().BeNull();
        var share = concept.Indicators[1];
        share.SpatialLevel.Should().Be(SpatialLevel.SubArea);
        share.AreaKeys.Should().Equal("231", "232");
        share.LatestMeasurementDate.Should().Be(new LocalDate(2013, 12, 31), "the latest date counts, not the last item");
    }

    [Fact]
    public void CityIndicator_StructuralProblems_AreReportedLikeThoseOfPlanIndicators()
    {
        Func<object> act = () => ModelFixtures.ConceptBuilder()
            .AddIndicator("C-1", "Anteil", IndicatorMeasureType.Qualitative, IndicatorDirection.Increase, i => i
                .Baseline(new LocalDate(2012, 1, 1), 3m, "gut")
                .Catalogue(" ", "KGSt")
                .BrokenDownBy("Geschlecht", "")
                .Areas(""))
            .AddIndicator("C-1", "Doppelt", IndicatorMeasureType.Quantitative, IndicatorDirection.Increase)
            .Build();

        act.ShouldFailWith(
            (ModelProblemCode.DuplicateId, "C-1", "$.indicators[1].id"),
            (ModelProblemCode.NumberOnQualitative, "C-1", "$.indicators[0].baseline.value"),
            (ModelProblemCode.EmptyText, "C-1", "$.indicators[0].catalogue.code"),
            (ModelProblemCode.EmptyText, "C-1", "$.indicators[0].breakdowns[1]"),
            (ModelProblemCode.EmptyText, "C-1", "$.indicators[0].areaKeys[0]"));
    }

    [Fact]
    public void Indicator_NewMembersArePartOfEqualityAndKeptByWithMethods()
    {
        static Indicator Make(CatalogueReference? catalogue = null, MeasurementFrequency? frequency = MeasurementFrequency.Annual, string[]? breakdowns = null, string[]? keys = null)
            => new(new ElementId<Indicator>("I"), "n", IndicatorMeasureType.Quantitative, IndicatorDirection.Increase,
                spatialLevel: SpatialLevel.City,
                catalogue: catalogue ?? new CatalogueReference("A1", "K"),
                frequency: frequency,
                breakdowns: breakdowns ?? ["Geschlecht"],
                areaKeys: keys ?? ["07211000"]);

        EqualityAssert.HasValueSemantics(
            Make(),
            Make(),
            Make(catalogue: new CatalogueReference("A2", "K")),
            Make(frequency: null),
            Make(breakdowns: []),
            Make(keys: ["1"]));
        var indicator = Make();
        var changed = indicator.WithBaseline(new DataPoint(new LocalDate(2012, 1, 1), 1m)).WithTargets([]).WithMeasurement(new DataPoint(new LocalDate(2013, 1, 1), 2m));
        changed.Catalogue.Should().Be(indicator.Catalogue);
        changed.Frequency.Should().Be(indicator.Frequency);
        changed.Breakdowns.Should().Equal(indicator.Breakdowns);
        changed.AreaKeys.Should().Equal(indicator.AreaKeys);
    }

    [Fact]
    public void CatalogueReference_NullArgument_Throws()
    {
        var act = () => new CatalogueReference(null!, "K");

        act.Should().Throw<ArgumentNullException>().WithParameterName("code");
    }
}
