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

        // The current version updates the concept of 2019; the council gave it a term of five years.
        var version = new ConceptVersion("2024", ConceptStatus.Updated, new LocalDate(2024, 3, 21), "Rat der Stadt Musterstadt",
            new Timeframe(new LocalDate(2024, 4, 1), new LocalDate(2028, 12, 31)), updates: "2019");
        var earlier = new ConceptVersion("2019", ConceptStatus.Adopted, new LocalDate(2019, 5, 16), "Rat der Stadt Musterstadt",
            new Timeframe(new LocalDate(2019, 6, 1), new LocalDate(2023, 12, 31)));

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
            // Concept history: the goals as they stood in 2019. Goal ids stay the same across versions.
            .AddPreviousVersion(earlier, v => v
                .Goal("SB-1", "SB", "Frühe Sprachförderung in jeder Kita")
                .Goal("SB-2", "SB", "Elternarbeit in Kitas stärken")
                .Goal("AR-1", "SB", "Beratung zur Anerkennung ausländischer Berufsabschlüsse")
                .Goal("AR-2", "AR", "Praktikumsbörse für Geflüchtete"))
            // A city-level indicator: the municipality's own statistics, for the whole city (fictional figures).
            .AddIndicator("S-1", "Anteil der Einwohnerinnen und Einwohner mit Einwanderungsgeschichte", IndicatorMeasureType.Percentage, IndicatorDirection.Maintain, i => i
                .Unit("%").Source("Statistikstelle Musterstadt (fiktiv)").Frequency(MeasurementFrequency.Annual)
                .BrokenDownBy("Geschlecht", "Altersgruppe")
                .Measurement(new LocalDate(2022, 12, 31), 24.1m).Measurement(new LocalDate(2023, 12, 31), 24.8m))
            .Build();
    }

    // A district that takes up most of the concept and makes it operational.
    public static DistrictPlan Nordstadt()
    {
        var today = new LocalDate(2024, 6, 1);
        var district = new District("Nordstadt", new Population(12_400, 2024), keys: ["04"], subAreas:
        [
            new SubArea(new ElementId<SubArea>("041"), "Nordstadt-Mitte", SubAreaKind.StatisticalDistrict),
            new SubArea(new ElementId<SubArea>("042"), "Am Bahnhof", SubAreaKind.StatisticalDistrict),
        ]);
        return new DistrictPlanBuilder("Quartierskonzept Nordstadt", district, new ConceptReference("Musterstadt", "2024"))
            .ValidFor(new Timeframe(today, new LocalDate(2028, 12, 31)))
            .AddActor("kita-verbund", "Kita-Verbund Nordstadt", ActorKind.DayCare)
            .AddActor("quartiersbuero", "Quartiersbüro Nordstadt", ActorKind.NeighbourhoodManagement)
            .AddActor("jugendamt", "Jugendamt Musterstadt", ActorKind.Administration)
            .AddTargetGroup("kita-kinder", "Kita-Kinder mit und ohne Einwanderungsgeschichte", MigrationBackground.Both, MigrationTerm.ImmigrationHistory)
            .AddIndicator("N-I1", "Kinder mit Sprachförderung", IndicatorMeasureType.Quantitative, IndicatorDirection.Increase, i => i
                .Unit("Kinder").Source("Kita-Verbund (fiktiv)")
                .Baseline(today, 40).Target(new LocalDate(2026, 7, 31), 80))
            // A target whose date has passed: the check says "Zielwert erreicht", not "on track".
            .AddIndicator("N-I2", "Sprachförderkräfte in den Kitas", IndicatorMeasureType.Quantitative, IndicatorDirection.Increase, i => i
                .Unit("Personen").Source("Kita-Verbund (fiktiv)")
                .Baseline(today, 2).Target(new LocalDate(2025, 3, 31), 5).Measurement(new LocalDate(2025, 3, 31), 6))
            // A figure of the whole city cannot show the district's progress: the check says so.
            .AddIndicator("N-I3", "Sprachstand bei der Schuleingangsuntersuchung (gesamtstädtisch)", IndicatorMeasureType.Percentage, IndicatorDirection.Increase, i => i
                .Unit("%").Source("Gesundheitsamt Musterstadt (fiktiv)").Level(SpatialLevel.City))
            .AddGoal("N-1", "Jedes Kita-Kind mit Förderbedarf erhält Sprachförderung", g => g
                .Refines("SB-1").MeasuredBy("N-I1", "N-I2", "N-I3").LeadOffice("jugendamt")
                .Status(ImplementationStatus.OnTrack, new LocalDate(2025, 11, 30), "zwei von drei Kitas dabei"))
            .AddGoal("N-2", "Ein Nachbarschaftscafé im Quartiersbüro", "NB-1")
            .AddMeasure("N-M1", "Sprachkitas Nordstadt", m => m
                .Carrier("kita-verbund").LeadOffice("jugendamt").Serves("N-1").MeasuredBy("N-I1").Applies("P-1").For("kita-kinder")
                .InAreas("041", "042")
                .Budget(2025, BudgetKind.Approved, 48_000m, "Bundesprogramm Sprach-Kitas (fiktiv)", "Bund", "3.6.1.01")
                .Budget(2025, BudgetKind.Spent, 45_250.50m, "Bundesprogramm Sprach-Kitas (fiktiv)", "Bund", "3.6.1.01")
                .Period(today, new LocalDate(2026, 7, 31)).Status(MeasureStatus.Running))
            .AddMeasure("N-M2", "Nachbarschaftscafé", m => m
                .Carrier("quartiersbuero").Serves("N-2").Applies("P-2")
                .Period(today).Status(MeasureStatus.Running))
            .DeclareOutOfScope(ElementKind.ActionField, "AR",
                "Die Anerkennungsberatung arbeitet gesamtstädtisch im Jobcenter; die Nordstadt hat keinen eigenen Standort.")
            .Build();
    }

    // A district that has just started: a goal without a measure, and an idea of its own. Its plan was written
    // against the concept of 2019, so the check says what changed in the 2024 update.
    public static DistrictPlan Hafenviertel()
    {
        return new DistrictPlanBuilder("Stadtteilplan Hafenviertel", new District("Hafenviertel", new Population(6_800, 2024)),
                new ConceptReference("Musterstadt", "2019"))
            .AddActor("schule", "Grundschule am Hafen", ActorKind.School)
            .AddObservation("HB-1", ObservationKind.Need, "Neuzugewanderte finden den Weg zu den Ämtern nicht", "Stadtteilkonferenz 2024 (fiktiv)", "NB")
            .AddObservation("HB-2", ObservationKind.Need, "Kaum Sportangebote für Mädchen", "Stadtteilkonferenz 2024 (fiktiv)", "NB")
            .AddTargetGroup("eltern", "Eltern von Grundschulkindern", MigrationBackground.Both)
            .AddTargetGroup("neuzugewanderte", "Neuzugewanderte Familien", MigrationBackground.With, MigrationTerm.ImmigrationHistory)
            .AddGoal("H-1", "Eltern werden in der Grundschule willkommen geheißen", "SB-2")
            .AddGoal("H-2", "Beratung zur Anerkennung von Berufsabschlüssen im Stadtteil", "AR-1")
            // Not in the city concept: a potential the city can take up for other districts.
            .AddGoal("H-3", "Mehrsprachige Lotsen begleiten Neuzugewanderte zu Ämtern", g => g.DistrictSpecific("NB").Answers("HB-1"))
            .AddMeasure("H-M1", "Elterncafé in der Grundschule", m => m
                .Carrier("schule").Serves("H-1").Applies("P-1", "P-2").For("eltern")
                .Period(new LocalDate(2025, 2, 1)).Status(MeasureStatus.Running))
            .Build();
    }

    // A plan that names a version the concept never had (there is no "2021", only 2019 and 2024): the check
    // reports it as its own error (IC3015) instead of guessing which version was meant. Illustrative, like
    // everything in Musterstadt.
    public static DistrictPlan Suedstadt()
    {
        return new DistrictPlanBuilder("Stadtteilplan Südstadt (illustrativ)", new District("Südstadt", new Population(5_200, 2024)),
                new ConceptReference("Musterstadt", "2021"))
            .AddActor("bibliothek", "Stadtteilbibliothek Süd", ActorKind.Administration)
            .AddTargetGroup("kinder", "Kinder im Grundschulalter", MigrationBackground.Both)
            .AddGoal("S-1", "Kinder lesen in der Stadtteilbibliothek vor", "SB-1")
            .AddMeasure("S-M1", "Vorlesepaten in der Stadtteilbibliothek", m => m
                .Carrier("bibliothek").Serves("S-1").For("kinder")
                .Period(new LocalDate(2025, 1, 1)).Status(MeasureStatus.Running))
            .Build();
    }
}
