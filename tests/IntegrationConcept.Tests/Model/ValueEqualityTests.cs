using IntegrationConcept.Model;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Model;

/// <summary>Value equality and hashing of the small value types of the model.</summary>
public sealed class ValueEqualityTests
{
    private static readonly LocalDate Day = new(2011, 9, 1);

    [Fact]
    public void Timeframe_ComparesStartAndEnd()
        => EqualityAssert.HasValueSemantics(
            new Timeframe(Day, Day.PlusDays(10)),
            new Timeframe(Day, Day.PlusDays(10)),
            new Timeframe(Day.PlusDays(1), Day.PlusDays(10)),
            new Timeframe(Day, Day.PlusDays(11)),
            new Timeframe(Day));

    [Fact]
    public void Population_ComparesCountAndYear()
        => EqualityAssert.HasValueSemantics(
            new Population(108_472, 2014),
            new Population(108_472, 2014),
            new Population(108_473, 2014),
            new Population(108_472, 2015));

    [Fact]
    public void PopulationProjection_ComparesChangeAndPeriod()
        => EqualityAssert.HasValueSemantics(
            new PopulationProjection(0.3m, 2012, 2030),
            new PopulationProjection(0.30m, 2012, 2030),
            new PopulationProjection(-0.3m, 2012, 2030),
            new PopulationProjection(0.3m, 2011, 2030),
            new PopulationProjection(0.3m, 2012, 2031));

    [Fact]
    public void MunicipalityProfile_ComparesEveryPart()
        => EqualityAssert.HasValueSemantics(
            new MunicipalityProfile(new Population(108_472, 2014), "Wirtschaftszentren", new PopulationProjection(0.3m, 2012, 2030)),
            new MunicipalityProfile(new Population(108_472, 2014), "Wirtschaftszentren", new PopulationProjection(0.3m, 2012, 2030)),
            new MunicipalityProfile(new Population(100_000, 2014), "Wirtschaftszentren", new PopulationProjection(0.3m, 2012, 2030)),
            new MunicipalityProfile(new Population(108_472, 2014), "Wachsende Städte", new PopulationProjection(0.3m, 2012, 2030)),
            new MunicipalityProfile(new Population(108_472, 2014), "Wirtschaftszentren"),
            new MunicipalityProfile());

    [Fact]
    public void Municipality_ComparesNameKeyAndProfile()
        => EqualityAssert.HasValueSemantics(
            ModelFixtures.Trier(),
            ModelFixtures.Trier(),
            new Municipality("Trier"),
            new Municipality("Wiesbaden", "07211000", ModelFixtures.Trier().Profile),
            new Municipality("Trier", "07211001", ModelFixtures.Trier().Profile),
            ModelFixtures.Trier().WithProfile(new MunicipalityProfile(new Population(1, 2014))));

    [Fact]
    public void ConceptVersion_ComparesEveryPart()
    {
        var validity = new Timeframe(new LocalDate(2012, 1, 1));
        EqualityAssert.HasValueSemantics(
            new ConceptVersion("2011-12", ConceptStatus.Adopted, new LocalDate(2011, 12, 13), "Stadtrat", validity, "2011-03"),
            new ConceptVersion("2011-12", ConceptStatus.Adopted, new LocalDate(2011, 12, 13), "Stadtrat", new Timeframe(new LocalDate(2012, 1, 1)), "2011-03"),
            new ConceptVersion("2015", ConceptStatus.Adopted, new LocalDate(2011, 12, 13), "Stadtrat", validity, "2011-03"),
            new ConceptVersion("2011-12", ConceptStatus.Updated, new LocalDate(2011, 12, 13), "Stadtrat", validity, "2011-03"),
            new ConceptVersion("2011-12", ConceptStatus.Adopted, new LocalDate(2011, 12, 14), "Stadtrat", validity, "2011-03"),
            new ConceptVersion("2011-12", ConceptStatus.Adopted, new LocalDate(2011, 12, 13), "Ortsbeirat", validity, "2011-03"),
            new ConceptVersion("2011-12", ConceptStatus.Adopted, new LocalDate(2011, 12, 13), "Stadtrat", null, "2011-03"),
            new ConceptVersion("2011-12", ConceptStatus.Adopted, new LocalDate(2011, 12, 13), "Stadtrat", validity));
    }

    [Fact]
    public void ConceptReference_ComparesMunicipalityAndVersion()
        => EqualityAssert.HasValueSemantics(
            new ConceptReference("Trier", "2011-12"),
            new ConceptReference("Trier", "2011-12"),
            new ConceptReference("trier", "2011-12"),
            new ConceptReference("Trier", "2015"));

    [Fact]
    public void District_ComparesNamePopulationAndDescription()
        => EqualityAssert.HasValueSemantics(
            ModelFixtures.EhrangQuint(),
            ModelFixtures.EhrangQuint(),
            new District("Ehrang/Quint"),
            new District("Pfalzel", new Population(9_130, 2011), "ehemaliger Arbeiterstadtteil"),
            new District("Ehrang/Quint", new Population(9_130, 2012), "ehemaliger Arbeiterstadtteil"),
            new District("Ehrang/Quint", new Population(9_130, 2011), "Soziale Stadt"));

    [Fact]
    public void DataPoint_ComparesDateValueAndComment()
        => EqualityAssert.HasValueSemantics(
            new DataPoint(Day, 14m, "erster Termin"),
            new DataPoint(Day, 14.0m, "erster Termin"),
            new DataPoint(Day.PlusDays(1), 14m, "erster Termin"),
            new DataPoint(Day, 15m, "erster Termin"),
            new DataPoint(Day, null, "erster Termin"),
            new DataPoint(Day, 14m));

    [Fact]
    public void Participation_ComparesActorAndRole()
        => EqualityAssert.HasValueSemantics(
            new Participation(new ElementId<Actor>("beirat"), ParticipationRole.Carrier),
            new Participation(new ElementId<Actor>("beirat"), ParticipationRole.Carrier),
            new Participation(new ElementId<Actor>("beirat"), ParticipationRole.Partner),
            new Participation(new ElementId<Actor>("naturfreunde"), ParticipationRole.Carrier));

    [Fact]
    public void OutOfScopeDeclaration_ComparesKindIdAndJustification()
        => EqualityAssert.HasValueSemantics(
            new OutOfScopeDeclaration(ElementKind.Goal, "BS-2", "keine Schule"),
            new OutOfScopeDeclaration(ElementKind.Goal, "BS-2", "keine Schule"),
            new OutOfScopeDeclaration(ElementKind.ActionField, "BS-2", "keine Schule"),
            new OutOfScopeDeclaration(ElementKind.Goal, "BS-1", "keine Schule"),
            new OutOfScopeDeclaration(ElementKind.Goal, "BS-2", string.Empty));

    [Fact]
    public void Suppression_ComparesRuleElementAndJustification()
        => EqualityAssert.HasValueSemantics(
            new Suppression("IC1001", "EQ-2", "wird 2012 gegründet"),
            new Suppression("IC1001", "EQ-2", "wird 2012 gegründet"),
            new Suppression("IC1002", "EQ-2", "wird 2012 gegründet"),
            new Suppression("IC1001", "EQ-1", "wird 2012 gegründet"),
            new Suppression("IC1001", "EQ-2", "anders"));
}
