using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.TestSupport;
using NodaTime;

namespace IntegrationConcept.Tests.Rules;

/// <summary>
/// For every built-in rule, a concept and plan where it fires and a near miss where it stays silent, each a small
/// change of the clean <see cref="TestDocuments"/>. <see cref="RuleConventionTests"/> fails for a registered rule
/// missing here, so a new rule comes with both cases.
/// </summary>
internal static class RuleFixtures
{
    /// <summary>One check: the documents, the evaluation date and the rule set (<see langword="null"/> for the default).</summary>
    public sealed record Case(CityConcept Concept, DistrictPlan Plan, LocalDate Date, RuleSet? Rules = null);

    private static readonly LocalDate Date = TestDocuments.EvaluationDate;

    public static IReadOnlyDictionary<string, (Func<Case> Fires, Func<Case> Silent)> ByRule { get; } = new Dictionary<string, (Func<Case>, Func<Case>)>
    {
        ["IC1001"] = (
            () => C(concept: Concept(c => c.AddActionField("GP", "Gesundheit und Pflege").AddGoal("GP-1", "GP", "Gesundheitslotsen"))),
            () => C(concept: Concept(c => c.AddActionField("GP", "Gesundheit und Pflege").AddGoal("GP-1", "GP", "Gesundheitslotsen")), plan: Plan(p => p.AddGoal("EQ-3", "Lotsen", "GP-1")))),
        ["IC1002"] = (
            () => C(concept: Concept(c => c.AddGoal("BS-2", "BS", "Mehr Lehrkräfte"))),
            () => C(concept: Concept(c => c.AddGoal("BS-2", "BS", "Mehr Lehrkräfte")), plan: Plan(p => p.AddGoal("EQ-3", "Lehrkräfte gewinnen", "BS-2")))),
        ["IC1003"] = (
            () => C(concept: Concept(c => c.AddGoal("BS-2", "BS", "Mehr Lehrkräfte")), plan: Plan(p => p.AddGoal("EQ-3", "Lehrkräfte gewinnen", "BS-2"))),
            () => C(concept: Concept(c => c.AddGoal("BS-2", "BS", "Mehr Lehrkräfte")), plan: Plan(p => p.AddGoal("EQ-3", "Lehrkräfte gewinnen", ["BS-2"], ["I-1"])
                .AddMeasure("M-3", "Werbung", m => m.Carrier("beirat").Serves("EQ-3").Period(new LocalDate(2013, 1, 1), new LocalDate(2013, 12, 31)))))),
        ["IC1004"] = (
            () => C(concept: Concept(c => c.AddPrinciple("G-2", "Interkulturelle Öffnung"))),
            () => C(concept: Concept(c => c.AddPrinciple("G-2", "Interkulturelle Öffnung")), plan: Plan(p => p.AddMeasure("M-3", "Fest", m => m.Applies("G-2"))))),
        ["IC1005"] = (
            () => C(plan: WithTargetGroups(new TargetGroup(new ElementId<TargetGroup>("alle"), "Zugewanderte", MigrationBackground.With))),
            () => C(plan: WithTargetGroups(new TargetGroup(new ElementId<TargetGroup>("alle"), "Alle", MigrationBackground.Both)))),
        ["IC1006"] = (
            () => C(plan: Plan(p => p.AddObservation("B-1", ObservationKind.Need, "Wenig Sportangebote", "Datensammlung"))),
            () => C(plan: Plan(p => p.AddObservation("P-1", ObservationKind.Potential, "Aktiver Sportverein", "Datensammlung")))),
        ["IC1007"] = (
            () => C(plan: Plan(p => p.AddTargetGroup("senioren", "Seniorinnen und Senioren", MigrationBackground.Both))),
            () => C(plan: Plan(p => p.AddTargetGroup("senioren", "Seniorinnen und Senioren", MigrationBackground.Both).AddMeasure("M-3", "Treff", m => m.For("senioren").Status(MeasureStatus.Running))))),
        ["IC2001"] = (
            () => C(plan: Plan(p => p.AddGoal("EQ-3", "Zweites Ziel", ["BS-1"], ["I-1"]))),
            () => C(plan: Plan(p => p.AddGoal("EQ-3", "Zweites Ziel", ["BS-1"], ["I-1"]).AddMeasure("M-3", "Fest", m => m.Serves("EQ-3"))))),
        ["IC2002"] = (
            () => C(plan: Plan(p => p.AddMeasure("M-3", "Fest", m => m.Serves("EQ-1")))),
            () => C(plan: Plan(p => p.AddMeasure("M-3", "Fest", m => m.Serves("EQ-1").Carrier("beirat"))))),
        ["IC2003"] = (
            () => C(plan: Plan(p => p.AddMeasure("M-3", "Fest", m => m.Serves("EQ-1")))),
            () => C(plan: Plan(p => p.AddMeasure("M-3", "Fest", m => m.Serves("EQ-1").Period(new LocalDate(2013, 1, 1), new LocalDate(2013, 12, 31)))))),
        ["IC2004"] = (
            () => C(plan: Plan(p => p.AddGoal("EQ-3", "Zweites Ziel", "BS-1"))),
            () => C(plan: Plan(p => p.AddGoal("EQ-3", "Zweites Ziel", "BS-1").AddMeasure("M-3", "Fest", m => m.Serves("EQ-3").MeasuredBy("I-1"))))),
        ["IC2005"] = (
            () => C(plan: Plan(p => p.Add(TestDocuments.Indicator("I-3", IndicatorDirection.Increase, null, (new LocalDate(2014, 1, 1), 30m))))),
            () => C(plan: Plan(p => p.Add(TestDocuments.Indicator("I-3", IndicatorDirection.Increase, 10m, (new LocalDate(2014, 1, 1), 30m)))))),
        ["IC2006"] = (
            () => C(plan: Plan(p => p.Add(TestDocuments.Indicator("I-3", IndicatorDirection.Increase, 10m)))),
            () => C(plan: Plan(p => p.Add(TestDocuments.Indicator("I-3", IndicatorDirection.Increase, 10m, (new LocalDate(2014, 1, 1), 30m)))))),
        ["IC2007"] = (
            () => C(plan: Plan(p => p.Add(new Indicator(new ElementId<Indicator>("I-3"), "Ohne Quelle", IndicatorMeasureType.Quantitative, IndicatorDirection.Increase)))),
            () => C(plan: Plan(p => p.Add(new Indicator(new ElementId<Indicator>("I-3"), "Mit Quelle", IndicatorMeasureType.Quantitative, IndicatorDirection.Increase, dataSource: "Statistik"))))),
        ["IC2008"] = (
            () => C(plan: Plan(p => p.AddMeasure("M-3", "Fest", m => m.Serves("EQ-1")))),
            () => C(plan: Plan(p => p.AddMeasure("M-3", "Fest", m => m.Serves("EQ-1").LeadOffice("beirat"))))),
        ["IC2009"] = (
            () => C(plan: Plan(p => p.AddMeasure("M-3", "Fest", m => m.Serves("EQ-1")))),
            () => C(plan: Plan(p => p.AddMeasure("M-3", "Fest", m => m.Serves("EQ-1").Budget(2013, BudgetKind.Planned, 100m))))),
        ["IC3001"] = (
            () => C(plan: Plan(p => p.AddGoal("EQ-3", "Zweites Ziel", "XX-1"))),
            () => C(plan: Plan(p => p.AddGoal("EQ-3", "Zweites Ziel", "BS-1")))),
        ["IC3002"] = (
            () => C(plan: Plan(p => p.AddMeasure("M-3", "Fest", m => m.Applies("G-9")))),
            () => C(plan: Plan(p => p.AddMeasure("M-3", "Fest", m => m.Applies("G-1"))))),
        ["IC3003"] = (
            () => C(plan: Plan(p => p.AddMeasure("M-3", "Fest", m => m.Implements("A-9")))),
            () => C(plan: Plan(p => p.AddMeasure("M-3", "Fest", m => m.Implements("A-1"))))),
        ["IC3004"] = (
            () => C(plan: Plan(p => p.AddObservation("B-1", ObservationKind.Potential, "Aktive Vereine", "Bestandsaufnahme", "ZZ"))),
            () => C(plan: Plan(p => p.AddObservation("B-1", ObservationKind.Potential, "Aktive Vereine", "Bestandsaufnahme", "BS")))),
        ["IC3005"] = (
            () => C(plan: Plan(p => p.DeclareOutOfScope(ElementKind.Goal, "XX-1", "Gibt es nicht"))),
            () => C(plan: Plan(p => p.DeclareOutOfScope(ElementKind.Goal, "AR-1", "Trifft im Stadtteil nicht zu")))),
        ["IC3006"] = (
            () => C(plan: Plan(p => p.AddMeasure("M-3", "Fest", m => m.Period(new LocalDate(2015, 6, 1), new LocalDate(2016, 6, 1))))),
            () => C(plan: Plan(p => p.AddMeasure("M-3", "Fest", m => m.Period(new LocalDate(2012, 1, 1), new LocalDate(2015, 12, 31)))))),
        ["IC3007"] = (
            () => C(plan: Plan(p => p.AddMeasure("M-3", "Fest", m => m.Period(new LocalDate(2011, 1, 1), new LocalDate(2012, 1, 1))))),
            () => C(plan: Plan(p => p.AddMeasure("M-3", "Fest", m => m.Period(new LocalDate(2012, 1, 1), new LocalDate(2012, 12, 31)))))),
        ["IC3008"] = (
            () => C(plan: Plan(p => p.Add(TestDocuments.Indicator("I-3", IndicatorDirection.Increase, 10m, (new LocalDate(2014, 1, 1), 5m))))),
            () => C(plan: Plan(p => p.Add(TestDocuments.Indicator("I-3", IndicatorDirection.Increase, 10m, (new LocalDate(2014, 1, 1), 15m)))))),
        ["IC3009"] = (
            () => C(plan: Plan(p => p.DeclareOutOfScope(ElementKind.Goal, "AR-1", " "))),
            () => C(plan: Plan(p => p.DeclareOutOfScope(ElementKind.Goal, "AR-1", "Trifft im Stadtteil nicht zu")))),
        ["IC3010"] = (
            () => C(plan: Plan(p => p.Suppress(RuleIds.IndicatorWithoutTarget, "I-1", ""))),
            () => C(plan: Plan(p => p.Suppress(RuleIds.IndicatorWithoutTarget, "I-1", "Zielwert wird 2014 beschlossen")))),
        ["IC3011"] = (
            () => C(concept: TestDocuments.Concept().WithVersion(new ConceptVersion("2015-phase-2", ConceptStatus.Updated, updates: "2011-12"))),
            () => C()),
        ["IC3012"] = (
            () => C(plan: TestDocuments.Plan().WithConcept(new ConceptReference("Konz", "2011-12"))),
            () => C(plan: TestDocuments.Plan().WithConcept(new ConceptReference(" TRIER ", "2011-12")))),
        ["IC3013"] = (
            () => C(plan: Plan(p => p.Suppress("IC9999", "M-1", "Tippfehler"))),
            () => C(plan: Plan(p => p.Suppress(RuleIds.MeasureWithoutCarrier, "M-1", "Träger folgt")))),
        ["IC3014"] = (
            () => C(date: new LocalDate(2016, 1, 1)),
            () => C(date: new LocalDate(2015, 12, 31))),
        ["IC3015"] = (
            () => C(plan: TestDocuments.Plan().WithConcept(new ConceptReference("Trier", "2009"))),
            () => C()),
        ["IC3016"] = (
            () => C(plan: Plan(p => p.AddIndicator("I-9", "Anteil", IndicatorMeasureType.Percentage, IndicatorDirection.Increase, i => i.Level(SpatialLevel.City).Source("Statistik"))
                .AddMeasure("M-3", "Fest", m => m.MeasuredBy("I-9")))),
            () => C(plan: Plan(p => p.AddIndicator("I-9", "Anteil", IndicatorMeasureType.Percentage, IndicatorDirection.Increase, i => i.Level(SpatialLevel.District).Source("Statistik"))
                .AddMeasure("M-3", "Fest", m => m.MeasuredBy("I-9"))))),
        ["IC3017"] = (
            () => C(plan: Plan(p => p.AddMeasure("M-\u0424", "Fest", m => m.Status(MeasureStatus.Planned)))),
            () => C(plan: Plan(p => p.AddMeasure("M-\u00C4", "Fest", m => m.Status(MeasureStatus.Planned))))),
        ["IC4001"] = (
            () => C(plan: Plan(p => p.AddMeasure("M-3", "Fest", m => m.Period(new LocalDate(2013, 1, 1), new LocalDate(2013, 5, 31)).Status(MeasureStatus.Running)))),
            () => C(plan: Plan(p => p.AddMeasure("M-3", "Fest", m => m.Period(new LocalDate(2013, 1, 1), new LocalDate(2013, 5, 31)).Status(MeasureStatus.Completed))))),
        ["IC4002"] = (
            () => Track(137m, new LocalDate(2012, 8, 1)),
            () => Track(148m, new LocalDate(2012, 8, 1))),
        ["IC4003"] = (
            () => Track(120m, new LocalDate(2012, 8, 1)),
            () => Track(137m, new LocalDate(2012, 8, 1))),
        ["IC4004"] = (
            () => C(date: new LocalDate(2015, 1, 2)),
            () => C(date: new LocalDate(2015, 1, 1))),
        ["IC4005"] = (
            () => Track(210m, new LocalDate(2013, 1, 2)),
            () => Track(190m, new LocalDate(2013, 1, 2))),
        ["IC4006"] = (
            () => Track(190m, new LocalDate(2013, 1, 2)),
            () => Track(210m, new LocalDate(2013, 1, 2))),
        ["IC4007"] = (
            () => C(plan: Plan(p => p.AddGoal("EQ-3", "Zweites Ziel", g => g.Refines("BS-1").Status(ImplementationStatus.Achieved, new LocalDate(2013, 5, 1))))),
            () => C(plan: Plan(p => p.AddGoal("EQ-3", "Zweites Ziel", g => g.Refines("BS-1"))))),
        ["IC4008"] = (
            () => StatusBeside(ImplementationStatus.OnTrack, measured: 120m),
            () => StatusBeside(ImplementationStatus.Delayed, measured: 120m)),
    };

    private static Case C(CityConcept? concept = null, DistrictPlan? plan = null, LocalDate? date = null)
        => new(concept ?? TestDocuments.Concept(), plan ?? TestDocuments.Plan(), date ?? Date);

    private static CityConcept Concept(Func<CityConceptBuilder, CityConceptBuilder> change) => change(TestDocuments.ConceptBuilder()).Build();

    private static DistrictPlan Plan(Func<DistrictPlanBuilder, DistrictPlanBuilder> change) => change(TestDocuments.PlanBuilder()).Build();

    private static DistrictPlan WithTargetGroups(params TargetGroup[] groups)
    {
        var p = TestDocuments.Plan();
        return new DistrictPlan(p.Title, p.District, p.Concept, p.Validity, p.Observations, p.Goals, p.Measures, p.Actors, p.Bodies, groups, p.Indicators, p.OutOfScope, p.Suppressions);
    }

    // EQ-3 recorded with a status and measured by an indicator that is red on 2012-08-01 (as IC4003's firing case).
    private static Case StatusBeside(ImplementationStatus status, decimal measured)
        => C(
            plan: Plan(p => p.Add(TestDocuments.Indicator("I-3", IndicatorDirection.Increase, 100m, (new LocalDate(2013, 1, 1), 200m))
                    .WithMeasurement(new DataPoint(new LocalDate(2012, 7, 2), measured)))
                .AddGoal("EQ-3", "Zweites Ziel", g => g.Refines("BS-1").MeasuredBy("I-3").Status(status, new LocalDate(2012, 7, 31)))),
            date: new LocalDate(2012, 8, 1));

    // Baseline 100 on 2012-01-01, target 200 on 2013-01-01, one measurement on 2012-07-02 (planned there: about 150).
    private static Case Track(decimal measured, LocalDate date)
        => C(plan: Plan(p => p.Add(TestDocuments.Indicator("I-3", IndicatorDirection.Increase, 100m, (new LocalDate(2013, 1, 1), 200m))
            .WithMeasurement(new DataPoint(date < new LocalDate(2013, 1, 1) ? new LocalDate(2012, 7, 2) : new LocalDate(2012, 12, 31), measured)))), date: date);
}
