using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;
using NodaTime;

// Musterstadt is fictional on purpose: every goal, figure and date below is invented to show the API.
// A real city's name would make invented goals look like that city's policy.
internal static class Musterstadt
{
    // The city concept: principles, action fields, and goals in each field.
    public static CityConcept Concept()
    {
        var municipality = new Municipality(
            "Musterstadt",
            officialKey: null, // a fictional city has no official municipality key (AGS)
            new MunicipalityProfile(new Population(85_000, 2024), "Mittelstadt (fiktiv)", new PopulationProjection(-1.5m, 2024, 2035)));

        var version = new ConceptVersion("2024", ConceptStatus.Adopted, new LocalDate(2024, 3, 21), "Rat der Stadt Musterstadt");

        return new CityConceptBuilder("Integrationskonzept Musterstadt 2024", municipality, version)
            .AddPrinciple("P-1", "Teilhabe aller Bewohnerinnen und Bewohner")
            .AddPrinciple("P-2", "Interkulturelle Öffnung")
            .AddActionField("SB", "Sprache und Bildung", "Language and education")
            .AddActionField("AR", "Arbeit", "Work")
            .AddActionField("NB", "Nachbarschaft", "Neighbourhood")
            .AddGoal("SB-1", "SB", "Frühe Sprachförderung in jeder Kita")
            .AddGoal("SB-2", "SB", "Elternarbeit in Grundschulen stärken")
            .AddGoal("AR-1", "AR", "Beratung zur Anerkennung ausländischer Berufsabschlüsse")
            .AddGoal("NB-1", "NB", "Begegnungsorte im Quartier schaffen")
            .Build();
    }

    // A district that takes up most of the concept and makes it operational.
    public static DistrictPlan Nordstadt()
    {
        var today = new LocalDate(2024, 6, 1);
        return new DistrictPlanBuilder("Quartierskonzept Nordstadt", new District("Nordstadt", new Population(12_400, 2024)),
                new ConceptReference("Musterstadt", "2024"))
            .AddActor("kita-verbund", "Kita-Verbund Nordstadt", ActorKind.DayCare)
            .AddActor("quartiersbuero", "Quartiersbüro Nordstadt", ActorKind.Administration)
            .AddIndicator("N-I1", "Kinder mit Sprachförderung", IndicatorMeasureType.Quantitative, IndicatorDirection.Increase, i => i
                .Unit("Kinder").Source("Kita-Verbund (fiktiv)")
                .Baseline(today, 40).Target(new LocalDate(2026, 7, 31), 80))
            .AddGoal("N-1", "Jedes Kita-Kind mit Förderbedarf erhält Sprachförderung", ["SB-1"], ["N-I1"])
            .AddGoal("N-2", "Ein Nachbarschaftscafé im Quartiersbüro", "NB-1")
            .AddMeasure("N-M1", "Sprachkitas Nordstadt", m => m
                .Carrier("kita-verbund").Serves("N-1").MeasuredBy("N-I1").Applies("P-1")
                .Period(today, new LocalDate(2026, 7, 31)).Status(MeasureStatus.Running))
            .AddMeasure("N-M2", "Nachbarschaftscafé", m => m
                .Carrier("quartiersbuero").Serves("N-2").Applies("P-2")
                .Period(today).Status(MeasureStatus.Running))
            .DeclareOutOfScope(ElementKind.ActionField, "AR",
                "Die Anerkennungsberatung arbeitet gesamtstädtisch im Jobcenter; die Nordstadt hat keinen eigenen Standort.")
            .Build();
    }

    // A district that has just started: a goal without a measure, and an idea of its own.
    public static DistrictPlan Hafenviertel()
    {
        return new DistrictPlanBuilder("Stadtteilplan Hafenviertel", new District("Hafenviertel", new Population(6_800, 2024)),
                new ConceptReference("Musterstadt", "2024"))
            .AddActor("schule", "Grundschule am Hafen", ActorKind.School)
            .AddGoal("H-1", "Eltern werden in der Grundschule willkommen geheißen", "SB-2")
            .AddGoal("H-2", "Beratung zur Anerkennung von Berufsabschlüssen im Stadtteil", "AR-1")
            // Not in the city concept: a potential the city can take up for other districts.
            .AddDistrictSpecificGoal("H-3", "Mehrsprachige Lotsen begleiten Neuzugewanderte zu Ämtern", "NB")
            .AddMeasure("H-M1", "Elterncafé in der Grundschule", m => m
                .Carrier("schule").Serves("H-1").Applies("P-1", "P-2")
                .Period(new LocalDate(2025, 2, 1)).Status(MeasureStatus.Running))
            .Build();
    }
}
