using System.Globalization;
using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Rules;

/// <summary>The rules of issue 13: needs, target groups, lead office, budget, term, versions, spatial level, stale data, targets.</summary>
public sealed partial class BuiltInRuleTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Fact]
    public void IC1006_NeedNoGoalAnswers_FiresAndPotentialsAndAnsweredNeedsDoNot()
    {
        var plan = TestDocuments.PlanBuilder()
            .AddObservation("B-1", ObservationKind.Need, "Wenig Sportangebote für Mädchen", "Datensammlung")
            .AddObservation("B-2", ObservationKind.Need, "Kinder brauchen Sprachförderung", "Datensammlung")
            .AddObservation("P-1", ObservationKind.Potential, "Ein aktiver Sportverein", "Datensammlung")
            .AddGoal("EQ-3", "Sprachförderung in allen Kitas", g => g.Refines("BS-1").MeasuredBy("I-1").Answers("B-2"))
            .AddMeasure("M-3", "Sprachkita", m => m.Carrier("beirat").LeadOffice("beirat").Budget(2013, BudgetKind.Planned, 1m).Serves("EQ-3").For("alle")
                .Period(new LocalDate(2013, 1, 1), new LocalDate(2013, 12, 31)).Status(MeasureStatus.Running))
            .Build();

        var finding = TestDocuments.Check(plan).Of(RuleIds.UnaddressedNeed).Should().ContainSingle().Subject;

        finding.Subject.Path.Should().Be("$.observations[0]");
        finding.Severity.Should().Be(Severity.Warning);
        finding.Message(German).Should().Be("Der festgestellte Bedarf B-1 „Wenig Sportangebote für Mädchen“ wird von keinem Stadtteilziel aufgegriffen.");
        finding.Message(English).Should().Be("The recorded need B-1 'Wenig Sportangebote für Mädchen' is addressed by no district goal.");
    }

    [Fact]
    public void IC1007_TargetGroupNoRunningMeasureReaches_Fires()
    {
        var plan = TestDocuments.PlanBuilder()
            .AddTargetGroup("jugend", "Jugendliche mit Einwanderungsgeschichte", MigrationBackground.With, MigrationTerm.ImmigrationHistory)
            .AddTargetGroup("eltern", "Eltern", MigrationBackground.Both)
            .AddTargetGroup("senioren", "Seniorinnen und Senioren")
            .AddMeasure("M-3", "Elterncafé", m => m.For("eltern").Period(new LocalDate(2013, 1, 1), new LocalDate(2013, 12, 31)))
            .AddMeasure("M-4", "Seniorentreff", m => m.For("senioren").Period(new LocalDate(2012, 1, 1), new LocalDate(2012, 12, 31)).Status(MeasureStatus.Completed))
            .Build();

        var findings = TestDocuments.Check(plan).Of(RuleIds.UnreachedTargetGroup).ToList();

        // "eltern" is reached by a planned measure whose period covers the evaluation date; a completed measure reaches no one.
        findings.Select(f => f.Subject.Path).Should().Equal("$.targetGroups[1]", "$.targetGroups[3]");
        findings[0].Severity.Should().Be(Severity.Info);
        findings[0].Message(German).Should().Be("Die Zielgruppe jugend „Jugendliche mit Einwanderungsgeschichte“ wird am Stichtag 01.06.2013 von keiner laufenden Maßnahme erreicht.");
        TestDocuments.Check(TestDocuments.Plan()).Of(RuleIds.UnreachedTargetGroup).Should().BeEmpty();
    }

    [Fact]
    public void IC2008_IC2009_MeasureWithoutLeadOfficeOrBudget_FireAndCancelledIsSkipped()
    {
        var plan = TestDocuments.PlanBuilder()
            .AddMeasure("M-3", "Straßenfest", m => m.Carrier("beirat").Serves("EQ-1").For("alle").Period(new LocalDate(2013, 5, 1), new LocalDate(2013, 5, 1)).Status(MeasureStatus.Completed))
            .AddMeasure("M-4", "Abgesagt", m => m.Carrier("beirat").Serves("EQ-1").Status(MeasureStatus.Cancelled))
            .Build();

        var report = TestDocuments.Check(plan);

        var lead = report.Of(RuleIds.MeasureWithoutLeadOffice).Should().ContainSingle().Subject;
        lead.Subject.Path.Should().Be("$.measures[2]");
        lead.Severity.Should().Be(Severity.Warning);
        lead.Message(German).Should().Be("Für die Maßnahme M-3 „Straßenfest“ ist keine Federführung in der Verwaltung benannt.");
        var budget = report.Of(RuleIds.MeasureWithoutBudget).Should().ContainSingle().Subject;
        budget.Subject.Id.Should().Be("M-3");
        budget.Severity.Should().Be(Severity.Info, "a missing budget is information by default");
        budget.Message(English).Should().Be("Measure M-3 'Straßenfest' has no budget entry (nothing planned, approved or spent).");
        TestDocuments.Check(TestDocuments.Plan()).Findings.Should().BeEmpty("the clean plan names lead offices and budgets");
    }

    [Theory]
    [InlineData(2013, 5, 31, true)]
    [InlineData(2013, 6, 1, false)]
    public void IC3014_PlanPastItsTerm_FiresOnlyAfterTheEnd(int year, int month, int day, bool fires)
    {
        var plan = TestDocuments.PlanBuilder().ValidFor(new Timeframe(new LocalDate(2012, 1, 1), new LocalDate(year, month, day))).Build();

        var findings = TestDocuments.Check(plan).Of(RuleIds.PlanPastTerm).ToList();

        findings.Should().HaveCount(fires ? 1 : 0);
        if (fires)
        {
            findings[0].Subject.Path.Should().Be("$.validity");
            findings[0].Message(German).Should().Be("Die Laufzeit des Stadtteilkonzepts endete am 31.05.2013; Stichtag ist der 01.06.2013. Das Konzept sollte fortgeschrieben werden.");
        }
    }

    [Fact]
    public void IC3015_VersionTheConceptDoesNotHave_IsAnErrorAndIC3011Silent()
    {
        var plan = TestDocuments.Plan().WithConcept(new ConceptReference("Trier", "2009"));

        var report = TestDocuments.Check(plan);

        var finding = report.Of(RuleIds.UnknownConceptVersion).Should().ContainSingle().Subject;
        finding.Severity.Should().Be(Severity.Error);
        finding.Subject.Path.Should().Be("$.concept.versionLabel");
        finding.Message(English).Should().Be("The district plan takes up version 2009, which the city concept does not have (current version: 2011-12).");
        report.Of(RuleIds.OutdatedConceptVersion).Should().BeEmpty();
        TestDocuments.Check(TestDocuments.Plan()).Of(RuleIds.UnknownConceptVersion).Should().BeEmpty();
    }

    [Fact]
    public void IC3011_PlanOnAnEarlierRecordedVersion_SaysWhatChanged()
    {
        var concept = TestDocuments.ConceptBuilder("2015")
            .AddPreviousVersion(new ConceptVersion("2011-12", ConceptStatus.Adopted), v => v
                .Goal("BS-1", "BS", "Sprachförderung in der Kita")
                .Goal("AR-1", "BS", "Anerkennung ausländischer Berufsabschlüsse")
                .Goal("AR-9", "AR", "Praktikumsbörse"))
            .AddGoal("BS-2", "BS", "Elternarbeit")
            .Build();

        var report = TestDocuments.Check(TestDocuments.Plan(), concept);

        var finding = report.Of(RuleIds.OutdatedConceptVersion).Should().ContainSingle().Subject;
        finding.RenderReasons(English).Should().Equal(
            "goal BS-1 reworded: was 'Sprachförderung in der Kita', now 'Sprachförderung in der Kita so früh wie möglich'",
            "goal AR-1 moved from action field BS to AR",
            "goal BS-2 'Elternarbeit' is new (action field BS)",
            "goal AR-9 'Praktikumsbörse' was removed");
        finding.RenderReasons(German)[1].Should().Be("Ziel AR-1 ist vom Handlungsfeld BS in das Handlungsfeld AR verschoben");
        report.Of(RuleIds.UnknownConceptVersion).Should().BeEmpty();
    }

    [Fact]
    public void IC3011_PlanOnAnEarlierVersionWithTheSameGoals_SaysUnchanged()
    {
        var current = TestDocuments.ConceptBuilder("2015").Build();
        var concept = current.WithPreviousVersions([new PreviousVersion(new ConceptVersion("2011-12", ConceptStatus.Adopted), current.Goals)]);

        var finding = TestDocuments.Check(TestDocuments.Plan(), concept).Of(RuleIds.OutdatedConceptVersion).Single();

        finding.RenderReasons(German).Should().Equal("die Ziele sind seitdem unverändert");
    }

    [Theory]
    [InlineData(SpatialLevel.City, "city")]
    [InlineData(SpatialLevel.State, "Land (federal state)")]
    public void IC3016_CityOrLandIndicatorOnADistrictGoal_Fires(SpatialLevel level, string levelText)
    {
        var indicator = new Indicator(new ElementId<Indicator>("C2a"), "Kinder in Kitas nach Migrationshintergrund", IndicatorMeasureType.Percentage, IndicatorDirection.Increase,
            dataSource: "Integrationsmonitoring der Länder", spatialLevel: level);
        var plan = TestDocuments.Plan();
        plan = plan.WithIndicators([.. plan.Indicators, indicator])
            .WithGoals(plan.Goals.Select(g => g.Id.Value == "EQ-1" ? g.WithIndicators([.. g.IndicatorIds, indicator.Id]) : g));

        var finding = TestDocuments.Check(plan).Of(RuleIds.IndicatorLevelMismatch).Should().ContainSingle().Subject;

        finding.Subject.Path.Should().Be("$.goals[0].indicatorIds[1]");
        finding.Message(English).Should().Be($"Indicator C2a 'Kinder in Kitas nach Migrationshintergrund' is measured at the level {levelText}, not in the district; it cannot measure district goal EQ-1.");
        TestDocuments.Check(TestDocuments.Plan()).Of(RuleIds.IndicatorLevelMismatch).Should().BeEmpty();
    }

    [Fact]
    public void IC3016_SubAreaIndicator_FiresOnlyForKeysOutsideTheDistrict()
    {
        var district = new District("Ehrang/Quint", subAreas: [new SubArea(new ElementId<SubArea>("231"), "Ehrang-Ort", SubAreaKind.StatisticalDistrict)]);
        DistrictPlan Plan(params string[] keys)
            => TestDocuments.PlanBuilder()
                .AddIndicator("I-9", "Anteil", IndicatorMeasureType.Percentage, IndicatorDirection.Increase, i => i.Level(SpatialLevel.SubArea).Areas(keys).Source("Statistik"))
                .AddMeasure("M-3", "Fest", m => m.MeasuredBy("I-9"))
                .Build() is var p ? new DistrictPlan(p.Title, district, p.Concept, p.Validity, p.Observations, p.Goals, p.Measures, p.Actors, p.Bodies, p.TargetGroups, p.Indicators, p.OutOfScope, p.Suppressions) : null!;

        var finding = TestDocuments.Check(Plan("231", "999")).Of(RuleIds.IndicatorLevelMismatch).Should().ContainSingle().Subject;

        finding.Subject.Path.Should().Be("$.measures[2].indicatorIds[0]");
        finding.RenderReasons(English).Should().Equal("area keys outside the district: 999");
        TestDocuments.Check(Plan("231")).Of(RuleIds.IndicatorLevelMismatch).Should().BeEmpty();
    }

    [Theory]
    [InlineData(2015, 1, 1, false)]
    [InlineData(2015, 1, 2, true)]
    public void IC4004_LatestMeasurementOlderThan24Months_Fires(int year, int month, int day, bool fires)
    {
        // I-1 was last measured on 2013-01-01.
        var findings = TestDocuments.Check(TestDocuments.Plan(), date: new LocalDate(year, month, day)).Of(RuleIds.StaleIndicatorData).ToList();

        findings.Should().HaveCount(fires ? 1 : 0);
        if (fires)
        {
            findings[0].Subject.Path.Should().Be("$.indicators[0]");
            findings[0].Message(German).Should().Be("Die letzte Messung des Indikators I-1 „Kinder in Sprachförderung“ stammt vom 01.01.2013 und ist am Stichtag 02.01.2015 älter als 24 Monate.");
        }
    }

    [Fact]
    public void IC4004_MonthsAreAParameterAndCityIndicatorsCount()
    {
        var concept = TestDocuments.ConceptBuilder()
            .AddIndicator("S-1", "Bevölkerung mit Einwanderungsgeschichte", IndicatorMeasureType.Percentage, IndicatorDirection.Maintain, i => i
                .Measurement(new LocalDate(2010, 12, 31), 17m))
            .Build();
        var rules = RuleSet.Default.WithParameter(RuleIds.StaleIndicatorData, RuleCatalog.MaxAgeMonths, 12m);

        var findings = TestDocuments.Check(TestDocuments.Plan(), concept, rules, new LocalDate(2014, 2, 1)).Of(RuleIds.StaleIndicatorData).ToList();

        findings.Select(f => (f.Subject.Document, f.Subject.Path)).Should().Equal((DocumentKind.CityConcept, "$.indicators[0]"), (DocumentKind.DistrictPlan, "$.indicators[0]"));
        TestDocuments.Check(TestDocuments.Plan(), concept, date: new LocalDate(2012, 12, 31)).Of(RuleIds.StaleIndicatorData).Should().BeEmpty();
    }

    [Theory]
    [InlineData(IndicatorDirection.Increase, 30, 31, true)]
    [InlineData(IndicatorDirection.Increase, 30, 29, false)]
    [InlineData(IndicatorDirection.Decrease, 5, 5, true)]
    [InlineData(IndicatorDirection.Decrease, 5, 6, false)]
    [InlineData(IndicatorDirection.Maintain, 100, 109, true)]
    [InlineData(IndicatorDirection.Maintain, 100, 89, false)]
    public void IC4005_IC4006_AfterTheFinalTargetDate_ReachedOrMissedNotBehindPlan(IndicatorDirection direction, int target, int measured, bool reached)
    {
        var indicator = TestDocuments.Indicator("I-3", direction, 10m, (new LocalDate(2013, 1, 1), target))
            .WithMeasurement(new DataPoint(new LocalDate(2012, 12, 31), measured));
        var plan = TestDocuments.PlanBuilder().Add(indicator).Build();

        var report = TestDocuments.Check(plan, date: new LocalDate(2013, 1, 2));

        report.Of(RuleIds.TargetReached).Where(f => f.Subject.Id == "I-3").Should().HaveCount(reached ? 1 : 0);
        report.Of(RuleIds.TargetMissed).Where(f => f.Subject.Id == "I-3").Should().HaveCount(reached ? 0 : 1);
        report.Findings.Where(f => f.RuleId is RuleIds.IndicatorBehindPlan or RuleIds.IndicatorOffTrack).Should().BeEmpty("after the target date there is no plan to be behind");
        TestDocuments.Check(plan, date: new LocalDate(2013, 1, 1)).Findings.Where(f => f.RuleId is RuleIds.TargetReached or RuleIds.TargetMissed).Should().BeEmpty("on the target date the light still applies");
    }

    [Fact]
    public void IC4006_Message_SaysZielwertVerfehlt()
    {
        var finding = TestDocuments.Check(TestDocuments.Plan(), date: new LocalDate(2014, 1, 2)).Of(RuleIds.TargetMissed).Should().ContainSingle().Subject;

        finding.Severity.Should().Be(Severity.Warning);
        finding.Message(German).Should().Be("Der Indikator I-1 „Kinder in Sprachförderung“ hat seinen Zielwert verfehlt: Ziel 30 zum 01.01.2014, gemessen 20 am 01.01.2013.");
        RuleCatalog.Get(RuleIds.TargetReached).Title.German.Should().Be("Zielwert erreicht");
    }

    [Fact]
    public void IC4007_RecordedStatus_ShownBesideTheComputedCoverageAndContradictionSaid()
    {
        var plan = TestDocuments.PlanBuilder()
            .AddGoal("EQ-3", "Zweites Ziel zu BS-1", g => g.Refines("BS-1", "XX-9").Status(ImplementationStatus.Achieved, new LocalDate(2013, 5, 1), "laut Jahresbericht"))
            .Build();
        var concept = TestDocuments.ConceptBuilder().AddGoal("BS-9", "BS", "Ohne Stadtteilziel").Build();
        var contradicted = TestDocuments.PlanBuilder()
            .AddGoal("EQ-3", "Ohne Maßnahme", g => g.Refines("BS-9").Status(ImplementationStatus.OnTrack, new LocalDate(2013, 5, 1)))
            .Build();

        var finding = TestDocuments.Check(plan).Of(RuleIds.RecordedStatus).Should().ContainSingle().Subject;
        var contradiction = TestDocuments.Check(contradicted, concept).Of(RuleIds.RecordedStatus).Should().ContainSingle().Subject;

        finding.Severity.Should().Be(Severity.Info);
        finding.Subject.Path.Should().Be("$.goals[2].status");
        finding.Message(German).Should().Be("Umsetzungsstand des Stadtteilziels EQ-3 „Zweites Ziel zu BS-1“ laut Planung: erreicht (Stand 01.05.2013).");
        finding.RenderReasons(German).Should().Equal("berechnet: Ziel BS-1 abgedeckt", "Anmerkung: laut Jahresbericht");
        contradiction.RenderReasons(English).Should().Equal(
            "computed: city goal BS-9 partly covered",
            "the recorded status contradicts the computed coverage: not every goal taken up is covered");
        TestDocuments.Check(TestDocuments.Plan()).Of(RuleIds.RecordedStatus).Should().BeEmpty("no goal of the clean plan has a recorded status");
    }
}
