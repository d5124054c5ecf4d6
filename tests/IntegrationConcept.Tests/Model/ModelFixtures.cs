using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;
using NodaTime;

namespace IntegrationConcept.Tests.Model;

/// <summary>
/// Small valid documents after Trier and Ehrang/Quint. Every call builds new instances, so two calls give
/// equal but separate documents.
/// </summary>
internal static class ModelFixtures
{
    public static Municipality Trier()
        => new(
            "Trier",
            "07211000",
            new MunicipalityProfile(
                new Population(108_472, 2014),
                "Wirtschaftszentren mit geringerer Wachstumsdynamik",
                new PopulationProjection(0.3m, 2012, 2030)));

    public static ConceptVersion Adopted()
        => new(
            "2011-12",
            ConceptStatus.Adopted,
            new LocalDate(2011, 12, 13),
            "Stadtrat Trier",
            new Timeframe(new LocalDate(2012, 1, 1), new LocalDate(2014, 12, 31)),
            "2011-03");

    /// <summary>Principle G-1; action fields BS, WL; goals BS-1 (guiding), BS-2 (under BS-1), WL-1; approach A-1; measure CM-1.</summary>
    public static CityConceptBuilder ConceptBuilder()
        => new CityConceptBuilder("Integrationskonzept der Stadt Trier", Trier(), Adopted())
            .AddPrinciple("G-1", "Beteiligung von Menschen mit und ohne Migrationshintergrund")
            .AddActionField("BS", "Bildung und Sprache", "Education and language")
            .AddActionField("WL", "Wohnen und Leben im Stadtteil", "Housing and life in the district")
            .AddGoal("BS-1", "BS", "Sprachförderung in der Kita so früh wie möglich", GoalLevel.Guiding)
            .AddGoal("BS-2", "BS", "Mehr Lehrkräfte mit Migrationshintergrund", GoalLevel.Action, "BS-1")
            .AddGoal("WL-1", "WL", "Nachbarschaften stärken")
            .AddApproach("A-1", "BS", "Frühe Förderung", "BS-1", "BS-2")
            .AddMeasure("CM-1", "Sprachkurse in Kitas", "A-1", "BS-1");

    public static CityConcept Concept() => ConceptBuilder().Build();

    public static District EhrangQuint() => new("Ehrang/Quint", new Population(9_130, 2011), "ehemaliger Arbeiterstadtteil");

    /// <summary>
    /// Observation O-1; actors beirat, naturfreunde; body lenkausschuss; target group kinder; indicators I-1 (quantitative),
    /// I-2 (qualitative); goals EQ-1 (refines BS-1), EQ-2 (district-specific); measure M-1 using every one of them.
    /// </summary>
    public static DistrictPlanBuilder PlanBuilder()
        => new DistrictPlanBuilder("Stadtteilkonzept Ehrang/Quint", EhrangQuint(), new ConceptReference("Trier", "2011-12"))
            .ValidFor(new Timeframe(new LocalDate(2011, 1, 1), new LocalDate(2014, 12, 31)))
            .AddObservation("O-1", ObservationKind.Need, "Kinder aus einkommensschwachen Familien sind selten in Vereinen", "Datensammlung 2011", "WL")
            .AddActor("beirat", "Beirat für Migration und Integration", ActorKind.AdvisoryCouncil)
            .AddActor("naturfreunde", "Naturfreunde Quint", ActorKind.Association)
            .AddBody("lenkausschuss", "Lenkausschuss", BodyKind.SteeringCommittee, "beirat", "naturfreunde")
            .AddTargetGroup("kinder", "Kinder und Jugendliche aus einkommensschwachen Familien", MigrationBackground.Both)
            .AddIndicator("I-1", "Teilnehmende Kinder", IndicatorMeasureType.Quantitative, IndicatorDirection.Increase, i => i
                .Unit("Kinder")
                .Baseline(new LocalDate(2011, 9, 1), 0)
                .Target(new LocalDate(2011, 12, 15), 20)
                .Measurement(new LocalDate(2011, 9, 20), 14)
                .Source("Teilnehmerlisten des Jugendtreffs"))
            .AddIndicator("I-2", "Bewusstsein für Integration", IndicatorMeasureType.Qualitative, IndicatorDirection.Increase, i => i
                .Baseline(new LocalDate(2011, 1, 1), null, "kaum Thema")
                .Target(new LocalDate(2014, 12, 31), null, "stabile Kommunikationsstruktur"))
            .AddGoal("EQ-1", "Kinder lernen kulturelle Vielfalt kennen", ["BS-1"], ["I-1"], ["O-1"])
            .AddDistrictSpecificGoal("EQ-2", "Ein Akteursgremium im Stadtteil", "WL", "I-2")
            .AddMeasure("M-1", "Eine Reise um die Welt", m => m
                .Carrier("beirat")
                .Partner("naturfreunde")
                .Bodies("lenkausschuss")
                .For("kinder")
                .Serves("EQ-1")
                .Applies("G-1")
                .MeasuredBy("I-1")
                .Implements("A-1")
                .Period(new LocalDate(2011, 9, 1), new LocalDate(2011, 12, 15))
                .Status(MeasureStatus.Completed))
            .DeclareOutOfScope(ElementKind.Goal, "BS-2", "Der Stadtteil hat keine eigene Schule.")
            .Suppress("IC1001", "EQ-2", "Das Gremium wird 2012 gegründet.");

    public static DistrictPlan Plan() => PlanBuilder().Build();
}
