// TEMPORARY: authors the sample documents once; replaced by data/*.json written with DocumentSerializer.
using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;
using NodaTime;

internal static class TrierData
{
    private const string Illustrative = "illustrativ / illustrative value";

    public static CityConcept Concept()
    {
        var trier = new Municipality(
            "Trier",
            "07211000",
            new MunicipalityProfile(
                new Population(108_472, 2014),
                "Wirtschaftszentren mit geringerer Wachstumsdynamik",
                new PopulationProjection(0.3m, 2012, 2030)));

        // The adopted concept updates the draft presented in spring 2011.
        var adopted = new ConceptVersion(
            "Beschluss 2011",
            ConceptStatus.Adopted,
            new LocalDate(2011, 12, 13),
            "Stadtrat Trier",
            validity: null,
            updates: "Entwurf 2011");

        return new CityConceptBuilder("Integrationskonzept der Stadt Trier", trier, adopted)
            .AddPrinciple("G-1", "Beteiligung von Menschen mit und ohne Migrationshintergrund",
                "Die Stadtbevölkerung mit und ohne Migrationshintergrund wird aktiv an der Gestaltung des Integrationsprozesses beteiligt.")
            .AddPrinciple("G-2", "Interkulturelle Öffnung",
                "Verwaltung, Einrichtungen und Vereine öffnen sich für Menschen mit Migrationshintergrund.")
            .AddPrinciple("G-3", "Stadtteilorientierung",
                "Integration geschieht vor Ort: Bedürfnisse und Potenziale der Stadtteile bestimmen die Maßnahmen. Wortlaut " + Illustrative + ".")
            .AddPrinciple("G-4", "Integration als Querschnittsaufgabe",
                "Integration ist Aufgabe aller Ämter und Handlungsfelder, nicht einer Fachstelle. Wortlaut " + Illustrative + ".")
            .AddActionField("BS", "Bildung und Sprache", "Education and language")
            .AddActionField("AAW", "Ausbildung, Arbeit und Weiterbildung", "Vocational training, work and further education")
            .AddActionField("WLS", "Wohnen und Leben im Stadtteil", "Housing and life in the district")
            .AddActionField("GP", "Gesundheit und Pflege", "Health and care")
            .AddActionField("VW", "Verwaltung", "Administration")
            // Goals named in public sources.
            .AddGoal("BS-1", "BS", "Sprachförderung in der Kindertagesstätte so früh wie möglich", GoalLevel.Action)
            .AddGoal("BS-2", "BS", "Mehr Lehrkräfte mit Migrationshintergrund", GoalLevel.Action)
            .AddGoal("AAW-1", "AAW", "Anerkennung ausländischer Berufsabschlüsse", GoalLevel.Action)
            .AddGoal("VW-1", "VW", "Mehr Verwaltungsmitarbeitende mit Migrationshintergrund", GoalLevel.Action)
            // Plausible further goals: the sources do not list them; marked in the text.
            .AddGoal("BS-3", "BS", "Kulturelle Vielfalt ist Thema der außerschulischen Bildung (illustrativ)", GoalLevel.Action)
            .AddGoal("AAW-2", "AAW", "Jugendliche mit Migrationshintergrund beim Übergang von der Schule in die Ausbildung begleiten (illustrativ)", GoalLevel.Action)
            .AddGoal("WLS-1", "WLS", "Kinder und Jugendliche aus einkommensschwachen Familien nehmen am Vereinsleben teil (illustrativ)", GoalLevel.Action)
            .AddGoal("WLS-2", "WLS", "Begegnung und gute Nachbarschaft im Stadtteil stärken (illustrativ)", GoalLevel.Action)
            .AddGoal("WLS-3", "WLS", "Bewohnerinnen und Bewohner mit Migrationshintergrund wirken in Gremien des Stadtteils mit (illustrativ)", GoalLevel.Action)
            .AddGoal("GP-1", "GP", "Interkulturelle Öffnung von Pflegediensten und Pflegeeinrichtungen (illustrativ)", GoalLevel.Action)
            .AddGoal("GP-2", "GP", "Gesundheitsinformationen mehrsprachig zugänglich machen (illustrativ)", GoalLevel.Action)
            .AddGoal("VW-2", "VW", "Interkulturelle Kompetenz der Mitarbeitenden der Verwaltung stärken (illustrativ)", GoalLevel.Action)
            .AddApproach("A-BS-1", "BS", "Sprachförderung in Kindertagesstätten ausbauen (illustrativ)", "BS-1")
            .AddApproach("A-WLS-1", "WLS", "Vereine öffnen sich für neue Mitglieder (illustrativ)", "WLS-1")
            .AddApproach("A-WLS-2", "WLS", "Aktionen und Versammlungen im Stadtteil (illustrativ)", "WLS-2", "WLS-3")
            .AddMeasure("CM-1", "Sprachförderkräfte in städtischen Kindertagesstätten (illustrativ)", "A-BS-1", "BS-1")
            .Build();
    }

    public static DistrictPlan Plan()
    {
        var district = new District(
            "Ehrang/Quint",
            new Population(9_130, 2011),
            "Ehemaliger Arbeiterstadtteil mit vielen Menschen mit Migrationshintergrund; früher selbstständige Gemeinde, "
            + "mit deutlicher Entfernung zur Stadtmitte ein (klein-)städtischer „Mikrokosmos“ mit vielfältigen Akteuren und Netzwerken; "
            + "der Ortskern von Ehrang ist Programmgebiet der „Sozialen Stadt“. Einwohnerzahl etwa 9.130 (Bezugsjahr 2011: "
            + Illustrative + "). Zahlen und Daten, die die Quellen nicht nennen, sind in diesem Dokument als illustrativ gekennzeichnet.");

        // The district took up the draft of spring 2011, not the adopted version.
        return new DistrictPlanBuilder(
                "Stadtteilkonzept Ehrang/Quint (ExWoSt-Modellvorhaben „Integration und Stadtteilpolitik“)",
                district,
                new ConceptReference("Trier", "Entwurf 2011"))
            .ValidFor(new Timeframe(new LocalDate(2010, 9, 1), new LocalDate(2012, 12, 31)))
            // Data collection: needs and potentials.
            .AddObservation("B-1", ObservationKind.Need,
                "Kinder und Jugendliche aus einkommensschwachen Familien sind in den Vereinen kaum vertreten.",
                "Datensammlung des Projektteams 2011 (Befund " + Illustrative + ")", "WLS")
            .AddObservation("B-2", ObservationKind.Need,
                "In der Siedlung mit vielen Bewohnern mit Migrationshintergrund gibt es wenig Begegnung zwischen Alteingesessenen und Zugewanderten.",
                "Datensammlung des Projektteams 2011 (Befund " + Illustrative + ")", "WLS")
            .AddObservation("B-3", ObservationKind.Need,
                "Menschen mit Migrationshintergrund sind in den Gremien des Stadtteils kaum vertreten.",
                "Datensammlung des Projektteams 2011 (Befund " + Illustrative + ")", "WLS")
            .AddObservation("B-4", ObservationKind.Need,
                "Viele Kinder brauchen vor der Einschulung Sprachförderung.",
                "Datensammlung des Projektteams 2011 (Befund " + Illustrative + ")", "BS")
            .AddObservation("P-1", ObservationKind.Potential,
                "Ein (klein-)städtischer „Mikrokosmos“ mit vielfältigen Akteuren, Vereinen und Netzwerken.",
                "ExWoSt-Projektbeschreibung, Ausgangslage")
            .AddObservation("P-2", ObservationKind.Potential,
                "Der Ortsvorsteher nimmt aktiv am Prozess teil und verbindet ihn mit dem Ortsbeirat.",
                "ExWoSt-Projektbeschreibung, Umsetzung")
            .AddObservation("P-3", ObservationKind.Potential,
                "Das Bürgerhaus steht als Treffpunkt für Aktionen zur Verfügung.",
                "Datensammlung des Projektteams 2011 (Befund " + Illustrative + ")", "WLS")
            // Actors named in the sources.
            .AddActor("beirat", "Beirat für Migration und Integration", ActorKind.AdvisoryCouncil,
                "Träger des Projekts; 1994 als Ausländerbeirat gegründet, seit 2010 Beirat für Migration und Integration.")
            .AddActor("ortsvorsteher", "Ortsvorsteher Ehrang/Quint", ActorKind.Politics,
                "Nimmt aktiv am Prozess teil und verbindet ihn mit dem Ortsbeirat.")
            .AddActor("verwaltung", "Stadtverwaltung Trier", ActorKind.Administration)
            .AddActor("politik", "Politik (Stadtrat und Ortsbeirat)", ActorKind.Politics)
            .AddActor("traeger", "Träger von Integrationsmaßnahmen", ActorKind.WelfareOrganisation)
            .AddActor("vereine", "Vereine im Stadtteil", ActorKind.Association)
            .AddActor("polizei", "Polizei", ActorKind.Police)
            .AddActor("schulen", "Schulen im Stadtteil", ActorKind.School)
            .AddActor("naturfreunde", "Naturfreunde Quint", ActorKind.Association)
            .AddActor("jugendtreff", "Jugendtreff", ActorKind.Other, "Offene Jugendarbeit im Stadtteil.")
            .AddActor("bewohner", "Bewohnerinnen und Bewohner", ActorKind.Residents)
            // Bodies: who steers, who decides, who acts.
            .AddBody("projektteam", "Projektteam", BodyKind.ProjectTeam, "beirat")
            .AddBody("lenkausschuss", "Lenkausschuss für das gesamtstädtische Integrationskonzept", BodyKind.SteeringCommittee,
                "verwaltung", "beirat", "politik")
            .AddBody("ortsbeirat", "Ortsbeirat Ehrang/Quint", BodyKind.LocalCouncil, "ortsvorsteher", "politik")
            .AddBody("akteursgremium", "Akteursgremium Ehrang/Quint", BodyKind.RoundTable,
                "beirat", "traeger", "vereine", "verwaltung", "politik", "polizei", "schulen")
            .AddBody("netzwerkteam", "Netzwerkteam", BodyKind.NetworkTeam, "beirat", "traeger", "vereine", "schulen")
            .AddBody("aktionsteam", "Aktionsteam", BodyKind.ActionTeam, "beirat", "vereine", "naturfreunde", "jugendtreff", "bewohner")
            .AddTargetGroup("kinder-einkommensschwach", "Kinder und Jugendliche aus einkommensschwachen Familien", MigrationBackground.Both)
            .AddTargetGroup("kinder", "Kinder im Stadtteil", MigrationBackground.Both)
            .AddTargetGroup("bewohnerschaft", "Bewohnerschaft mit und ohne Migrationshintergrund", MigrationBackground.Both)
            .AddTargetGroup("migranten", "Bewohnerinnen und Bewohner mit Migrationshintergrund", MigrationBackground.With)
            .AddTargetGroup("akteure", "Akteure im Stadtteil")
            // Indicators: baseline, target, measurements.
            .AddIndicator("I-1", "Schnuppermitgliedschaften von Kindern und Jugendlichen aus einkommensschwachen Familien",
                IndicatorMeasureType.Quantitative, IndicatorDirection.Increase, i => i
                    .Definition("Anzahl der Kinder und Jugendlichen, die eine Schnuppermitgliedschaft in einem Verein begonnen haben. Alle Werte " + Illustrative + ": die Quellen nennen keine Zahl.")
                    .Unit("Personen")
                    .Baseline(new LocalDate(2011, 3, 1), 0, "Vor Beginn der Aktion")
                    .Target(new LocalDate(2012, 12, 31), 20, Illustrative)
                    .Measurement(new LocalDate(2011, 12, 31), 12, Illustrative)
                    .Measurement(new LocalDate(2012, 12, 31), 15, Illustrative)
                    .Source("Rückmeldungen der Vereine an das Projektteam"))
            .AddIndicator("I-2", "Teilnehmende Kinder an ‚Eine Reise um die Welt‘",
                IndicatorMeasureType.Quantitative, IndicatorDirection.Maintain, i => i
                    .Definition("Kinder je Termin der Bildungsreihe.")
                    .Unit("Kinder")
                    .Baseline(new LocalDate(2011, 9, 1), 14, "14 Kinder beim ersten Termin (Quelle); Datum " + Illustrative)
                    .Target(new LocalDate(2011, 11, 30), 14, "Teilnahme über die vier weiteren Termine halten; " + Illustrative)
                    .Source("Teilnehmerlisten von Naturfreunden Quint und Jugendtreff"))
            .AddIndicator("I-3", "Begegnung in der Siedlung",
                IndicatorMeasureType.Qualitative, IndicatorDirection.Increase, i => i
                    .Definition("Einschätzung des Aktionsteams, ob sich Nachbarn mit und ohne Migrationshintergrund begegnen.")
                    .Baseline(new LocalDate(2011, 3, 1), null, "Wenig Kontakt zwischen Nachbarn (" + Illustrative + ")")
                    .Target(new LocalDate(2012, 12, 31), null, "Das Straßenfest wird von Bewohnern selbst organisiert (" + Illustrative + ")")
                    .Measurement(new LocalDate(2011, 12, 31), null, "Straßenfest durchgeführt, die Bevölkerung hat sich an den Aktionen beteiligt")
                    .Source("Protokolle des Aktionsteams"))
            .AddIndicator("I-4", "Teilnehmende an Bewohner- und Migrantenversammlung",
                IndicatorMeasureType.Quantitative, IndicatorDirection.Increase, i => i
                    .Unit("Personen")
                    .Definition("Teilnehmende an den Versammlungen; alle Werte " + Illustrative + ".")
                    .Baseline(new LocalDate(2011, 3, 1), 0, "Vorher keine solche Versammlung")
                    .Target(new LocalDate(2012, 12, 31), 60, Illustrative)
                    .Measurement(new LocalDate(2011, 12, 31), 45, Illustrative)
                    .Source("Anwesenheitslisten des Projektteams"))
            .AddIndicator("I-5", "Kommunikationsstruktur der Akteure im Stadtteil",
                IndicatorMeasureType.Qualitative, IndicatorDirection.Increase, i => i
                    .Baseline(new LocalDate(2010, 9, 1), null, "Akteure arbeiten nebeneinander (" + Illustrative + ")")
                    .Target(new LocalDate(2012, 12, 31), null, "Stabile Kommunikationsstruktur mit Netzwerk- und Aktionsteam")
                    .Measurement(new LocalDate(2012, 12, 31), null, "Stabile Kommunikationsstruktur entstanden; Netzwerk- und Aktionsteam etabliert (Quelle: Erfolge); Datum " + Illustrative)
                    .Source("Abschlussbericht des Modellvorhabens"))
            .AddIndicator("C2a", "Anteil der Kinder von 3 bis 6 Jahren in Kindertagesbetreuung",
                IndicatorMeasureType.Percentage, IndicatorDirection.Increase, i => i
                    .Definition("Indikator C2a des Integrationsmonitorings der Länder; für den Stadtteil liegen keine Werte vor.")
                    .Unit("%")
                    .Source("Integrationsmonitoring der Länder (nur gesamtstädtisch)")
                    .Level(SpatialLevel.City))
            // District goals: each refines the city goals it takes up.
            .AddGoal("EQ-1", "Kinder und Jugendliche aus einkommensschwachen Familien finden Zugang zu den Vereinen im Stadtteil",
                ["WLS-1"], ["I-1"], ["B-1", "P-1"])
            .AddGoal("EQ-2", "Kinder lernen kulturelle Vielfalt kennen", ["BS-3"], ["I-2"], ["P-3"])
            .AddGoal("EQ-3", "Nachbarn mit und ohne Migrationshintergrund begegnen sich in der Siedlung", ["WLS-2"], ["I-3"], ["B-2"])
            .AddGoal("EQ-4", "Bewohnerinnen und Bewohner mit und ohne Migrationshintergrund gestalten den Stadtteil mit",
                ["WLS-3"], ["I-4"], ["B-3", "P-2"])
            .AddGoal("EQ-5", "Sprachförderung vor der Einschulung im Stadtteil sichern", ["BS-1"], ["C2a"], ["B-4"])
            .AddGoal("EQ-6", "Jugendliche aus dem Stadtteil beim Übergang in die Ausbildung begleiten (illustrativ)", ["AAW-2"], [])
            .AddDistrictSpecificGoal("EQ-7", "Eine stabile Kommunikationsstruktur der Akteure im Stadtteil mit Netzwerk- und Aktionsteam", "WLS", "I-5")
            // Measures.
            .AddMeasure("M-01", "Datensammlung zu Bedürfnissen und Potenzialen des Stadtteils", m => m
                .Carrier("beirat").Bodies("projektteam")
                .Period(new LocalDate(2010, 9, 1), new LocalDate(2011, 3, 31))
                .Status(MeasureStatus.Completed)
                .Applies("G-3")
                .Description("Bestandsaufnahme als Grundlage des Stadtteilkonzepts; Zeitraum " + Illustrative + "."))
            .AddMeasure("M-02", "Treffen der Projektbeteiligten", m => m
                .Carrier("beirat").Partner("traeger").Partner("vereine").Partner("verwaltung").Partner("politik").Partner("polizei").Partner("schulen")
                .Bodies("projektteam", "akteursgremium").For("akteure")
                .Serves("EQ-7").Applies("G-1", "G-3")
                .Period(new LocalDate(2010, 11, 1), new LocalDate(2012, 12, 31))
                .Status(MeasureStatus.Completed)
                .Description("Regelmäßige Treffen von Trägern, Vereinen, Verwaltung, Politik, Polizei und Schulen; Zeitraum " + Illustrative + "."))
            .AddMeasure("M-03", "Schnuppermitgliedschaften in Vereinen", m => m
                .Carrier("beirat").Partner("vereine")
                .For("kinder-einkommensschwach")
                .Serves("EQ-1").Applies("G-1").MeasuredBy("I-1").Implements("A-WLS-1")
                .Period(new LocalDate(2011, 4, 1), new LocalDate(2012, 12, 31))
                .Status(MeasureStatus.Completed)
                .Description("Kinder und Jugendliche aus einkommensschwachen Familien können Vereine kostenlos kennenlernen; Zeitraum " + Illustrative + "."))
            .AddMeasure("M-04", "Bildungsreihe ‚Eine Reise um die Welt‘", m => m
                .Carrier("naturfreunde").Participant("jugendtreff", ParticipationRole.Carrier)
                .For("kinder").Bodies("aktionsteam")
                .Serves("EQ-2").Applies("G-2").MeasuredBy("I-2")
                .Period(new LocalDate(2011, 9, 1), new LocalDate(2011, 11, 30))
                .Status(MeasureStatus.Completed)
                .Description("Bildungsreihe für Kinder zum Thema kulturelle Vielfalt im Bürgerhaus, Herbst 2011: 14 Kinder beim ersten Termin, vier weitere Termine. Genaue Daten " + Illustrative + "."))
            .AddMeasure("M-05", "Straßenfest in der Siedlung", m => m
                .Carrier("beirat").Partner("vereine").Participant("bewohner", ParticipationRole.Participant)
                .For("bewohnerschaft").Bodies("aktionsteam")
                .Serves("EQ-3").Applies("G-1", "G-2").MeasuredBy("I-3").Implements("A-WLS-2")
                .Period(new LocalDate(2011, 7, 2), new LocalDate(2011, 7, 2))
                .Status(MeasureStatus.Completed)
                .Description("Straßenfest in einer Siedlung mit vielen Bewohnern mit Migrationshintergrund; Datum " + Illustrative + "."))
            .AddMeasure("M-06", "Bewohnerversammlung", m => m
                .Carrier("beirat").Partner("ortsvorsteher")
                .For("bewohnerschaft").Bodies("ortsbeirat")
                .Serves("EQ-4").Applies("G-1").MeasuredBy("I-4").Implements("A-WLS-2")
                .Period(new LocalDate(2011, 10, 20), new LocalDate(2011, 10, 20))
                .Status(MeasureStatus.Completed)
                .Description("Datum " + Illustrative + "."))
            .AddMeasure("M-07", "Versammlung für Migrantinnen und Migranten", m => m
                .Carrier("beirat")
                .For("migranten")
                .Serves("EQ-4").Applies("G-1", "G-2").MeasuredBy("I-4").Implements("A-WLS-2")
                .Period(new LocalDate(2012, 3, 15), new LocalDate(2012, 3, 15))
                .Status(MeasureStatus.Completed)
                .Description("Erfolgreich durchgeführt (Quelle: Erfolge); Datum " + Illustrative + "."))
            .AddMeasure("M-08", "Netzwerkteam und Aktionsteam einrichten", m => m
                .Carrier("beirat").Bodies("netzwerkteam", "aktionsteam")
                .Serves("EQ-7").MeasuredBy("I-5").Applies("G-3")
                .Period(new LocalDate(2011, 6, 1))
                .Status(MeasureStatus.Running)
                .Description("Beide Teams sind etabliert (Quelle: Erfolge); Beginn " + Illustrative + "."))
            .AddMeasure("M-09", "Bericht an den Lenkausschuss", m => m
                .Carrier("beirat").Bodies("lenkausschuss")
                .Serves("EQ-7").Applies("G-3")
                .Period(new LocalDate(2011, 1, 1), new LocalDate(2012, 12, 31))
                .Status(MeasureStatus.Completed)
                .Description("Der Lenkausschuss wird regelmäßig über den Verlauf und die Ergebnisse informiert: so fließen die Erkenntnisse in das gesamtstädtische Konzept."))
            .AddMeasure("M-10", "Sprachförderung in den Kindertagesstätten des Stadtteils", m => m
                .For("kinder").Serves("EQ-5")
                .Status(MeasureStatus.Planned)
                .Description("Im Stadtteilkonzept vorgesehen; Träger und Zeitraum noch offen (" + Illustrative + ")."))
            .AddMeasure("M-11", "Ausbildungspatenschaften (illustrativ)", m => m
                .Carrier("traeger").Partner("schulen")
                .Serves("EQ-6")
                .Period(new LocalDate(2012, 2, 1), new LocalDate(2012, 12, 31))
                .Status(MeasureStatus.Completed)
                .Description("Ehrenamtliche begleiten Jugendliche beim Übergang in die Ausbildung; Maßnahme " + Illustrative + "."))
            // City elements this district does not take up, and why.
            .DeclareOutOfScope(ElementKind.Goal, "BS-2",
                "Lehrkräfte stellt das Land Rheinland-Pfalz ein; weder Stadt noch Stadtteil können das Ziel umsetzen.")
            .DeclareOutOfScope(ElementKind.ActionField, "VW",
                "Personal und interkulturelle Öffnung der Stadtverwaltung sind gesamtstädtische Aufgaben; ein Stadtteilkonzept kann sie nicht umsetzen.")
            .DeclareOutOfScope(ElementKind.Goal, "GP-1",
                "Im Stadtteil gibt es keine stationäre Pflegeeinrichtung; das Ziel wird gesamtstädtisch bearbeitet (" + Illustrative + ").")
            // A finding that does not apply here, switched off with a reason the report shows.
            .Suppress("IC3006", "M-08",
                "Netzwerk- und Aktionsteam sollen über das Modellvorhaben hinaus bestehen: das offene Ende ist gewollt.")
            .Build();
    }
}
