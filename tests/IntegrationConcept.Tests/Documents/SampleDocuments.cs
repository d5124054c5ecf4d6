using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;
using NodaTime;

namespace IntegrationConcept.Tests.Documents;

/// <summary>Hand-built documents with every kind of member set, umlauts included.</summary>
internal static class SampleDocuments
{
    public static CityConcept Trier() =>
        new CityConceptBuilder(
                "Integrationskonzept der Stadt Trier",
                new Municipality("Trier", "07211000", new MunicipalityProfile(new Population(108472, 2014), "Großstadt mit Hochschulen", new PopulationProjection(0.3m, 2012, 2030))),
                new ConceptVersion("2011-12", ConceptStatus.Adopted, new LocalDate(2011, 12, 13), "Stadtrat", new Timeframe(new LocalDate(2012, 1, 1), new LocalDate(2014, 12, 31)), "2011-03"))
            .AddPrinciple("G-1", "Teilhabe", "Beteiligung von Menschen mit und ohne Migrationshintergrund")
            .AddActionField("BS", "Bildung und Sprache", "Education and language")
            .AddActionField("AA", "Ausbildung, Arbeit und Weiterbildung")
            .AddActionField("WL", "Wohnen und Leben im Stadtteil", description: "Nachbarschaft, Begegnung, Wohnumfeld")
            .AddGoal("BS-1", "BS", "Sprachförderung in der Kita so früh wie möglich", GoalLevel.Guiding)
            .AddGoal("BS-1.1", "BS", "Mehr Erzieherinnen mit Migrationshintergrund", GoalLevel.Operational, "BS-1")
            .AddGoal("AA-1", "AA", "Anerkennung ausländischer Berufsabschlüsse")
            .AddGoal("WL-1", "WL", "Begegnung im Stadtteil fördern „Vielfalt“ — ½ ÄÖÜ äöü ß €")
            .AddApproach("BS-A1", "BS", "Frühe Sprachförderung", "BS-1", "BS-1.1")
            .AddMeasure("M-1", "Sprachkurse für Eltern", "BS-A1", "BS-1")
            .AddMeasure("M-2", "Anerkennungsberatung", null, "AA-1")
            .Build();

    public static CityConcept Minimal() =>
        new CityConceptBuilder("Konzept", new Municipality("Musterstadt"), new ConceptVersion("1", ConceptStatus.Draft)).Build();

    public static DistrictPlan EhrangQuint() =>
        new DistrictPlanBuilder(
                "Stadtteilkonzept Ehrang/Quint",
                new District("Ehrang/Quint", new Population(9130, 2011), "Ehemaliger Arbeiterstadtteil, Soziale Stadt"),
                new ConceptReference("Trier", "2011-12"))
            .ValidFor(new Timeframe(new LocalDate(2011, 1, 1), new LocalDate(2013, 12, 31)))
            .AddObservation("B-1", ObservationKind.Need, "Wenig Begegnung zwischen Älteren und Zugewanderten", "Bestandsaufnahme 2011", "WL")
            .AddObservation("P-1", ObservationKind.Potential, "Aktive Vereine im Bürgerhaus", "Akteursgespräche")
            .AddActor("naturfreunde", "Naturfreunde Quint", ActorKind.Association)
            .AddActor("jugendtreff", "Jugendtreff im Bürgerhaus", ActorKind.Other, "Offene Jugendarbeit")
            .AddActor("beirat", "Beirat für Migration und Integration", ActorKind.AdvisoryCouncil)
            .AddBody("lenkausschuss", "Lenkausschuss", BodyKind.SteeringCommittee, "beirat", "naturfreunde")
            .AddTargetGroup("kinder", "Kinder und Jugendliche aus einkommensschwachen Familien", MigrationBackground.Both)
            .AddTargetGroup("alle", "Alle Bewohnerinnen und Bewohner")
            .AddIndicator("I-1", "Teilnehmende Kinder", IndicatorMeasureType.Quantitative, IndicatorDirection.Increase, i => i
                .Definition("Kinder je Termin").Unit("Anzahl")
                .Baseline(new LocalDate(2011, 9, 1), 14m)
                .Target(new LocalDate(2012, 12, 31), 20.50m)
                .Measurement(new LocalDate(2011, 11, 1), 16m, "Zweiter Termin")
                .Source("Teilnehmerlisten"))
            .AddIndicator("I-2", "Zufriedenheit der Eltern", IndicatorMeasureType.Qualitative, IndicatorDirection.Maintain, i => i
                .Baseline(new LocalDate(2011, 9, 1), null, "Gut")
                .Target(new LocalDate(2012, 12, 31), null, "Sehr gut")
                .Level(SpatialLevel.City))
            .AddGoal("EQ-1", "Kinder lernen Vielfalt kennen", ["BS-1"], ["I-1"], ["B-1"])
            .AddDistrictSpecificGoal("EQ-2", "Bürgerhaus als Treffpunkt stärken", "WL", "I-2")
            .AddMeasure("M-1", "Eine Reise um die Welt", m => m
                .Carrier("naturfreunde").Partner("jugendtreff").Participant("beirat", ParticipationRole.Funder)
                .Bodies("lenkausschuss").For("kinder").Serves("EQ-1").Applies("G-1").MeasuredBy("I-1")
                .Period(new LocalDate(2011, 9, 1), new LocalDate(2011, 12, 15))
                .Status(MeasureStatus.Completed).Implements("BS-A1").Description("14 Kinder beim ersten Termin"))
            .AddMeasure("M-2", "Straßenfest", m => m.Serves("EQ-2").Period(new LocalDate(2012, 6, 1)))
            .DeclareOutOfScope(ElementKind.ActionField, "AA", "Keine Betriebe im Stadtteil")
            .Suppress("IC1002", "M-2", "Das Fest hat keinen Träger, es wird von allen getragen")
            .Build();

    public static DistrictPlan MinimalPlan() =>
        new DistrictPlanBuilder("Plan", new District("Mitte"), new ConceptReference("Trier", "2011-12")).Build();
}
