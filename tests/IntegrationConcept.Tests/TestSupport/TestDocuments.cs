using IntegrationConcept.Checking;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using NodaTime;

namespace IntegrationConcept.Tests.TestSupport;

/// <summary>
/// A small city concept and a district plan that covers it completely and cleanly (no finding at all at
/// <see cref="EvaluationDate"/>). Tests add one flaw and watch one rule fire.
/// </summary>
internal static class TestDocuments
{
    public static readonly LocalDate EvaluationDate = new(2013, 6, 1);

    public static CityConceptBuilder ConceptBuilder(string versionLabel = "2011-12") =>
        new CityConceptBuilder(
                "Integrationskonzept der Stadt Trier",
                new Municipality("Trier"),
                new ConceptVersion(versionLabel, ConceptStatus.Adopted, new LocalDate(2011, 12, 13), "Stadtrat", new Timeframe(new LocalDate(2011, 12, 13), new LocalDate(2020, 12, 31))))
            .AddPrinciple("G-1", "Beteiligung von Menschen mit und ohne Migrationshintergrund")
            .AddActionField("BS", "Bildung und Sprache", "Education and language")
            .AddActionField("AR", "Ausbildung, Arbeit und Weiterbildung", "Training, work and further education")
            .AddGoal("BS-1", "BS", "Sprachförderung in der Kita so früh wie möglich")
            .AddGoal("AR-1", "AR", "Anerkennung ausländischer Berufsabschlüsse")
            .AddApproach("A-1", "BS", "Kooperation mit Kitas", "BS-1");

    public static CityConcept Concept() => ConceptBuilder().Build();

    public static DistrictPlanBuilder PlanBuilder(string district = "Ehrang/Quint") =>
        new DistrictPlanBuilder("Stadtteilkonzept " + district, new District(district), new ConceptReference("Trier", "2011-12"))
            .ValidFor(new Timeframe(new LocalDate(2012, 1, 1), new LocalDate(2015, 12, 31)))
            .AddActor("beirat", "Beirat für Migration und Integration", ActorKind.AdvisoryCouncil)
            .AddActor("naturfreunde", "Naturfreunde Quint", ActorKind.Association)
            .AddTargetGroup("alle", "Bewohnerinnen und Bewohner", MigrationBackground.Both)
            .AddIndicator("I-1", "Kinder in Sprachförderung", IndicatorMeasureType.Quantitative, IndicatorDirection.Increase, i => i
                .Unit("Kinder").Source("Kita-Abfrage").Baseline(new LocalDate(2012, 1, 1), 10m).Target(new LocalDate(2014, 1, 1), 30m)
                .Measurement(new LocalDate(2013, 1, 1), 20m))
            .AddIndicator("I-2", "Beratungen zur Anerkennung", IndicatorMeasureType.Quantitative, IndicatorDirection.Increase, i => i
                .Source("Beratungsstelle").Baseline(new LocalDate(2012, 1, 1), 0m).Target(new LocalDate(2015, 1, 1), 30m))
            .AddGoal("EQ-1", "Kinder lernen früh Deutsch", new[] { "BS-1" }, new[] { "I-1" })
            .AddGoal("EQ-2", "Abschlüsse werden anerkannt", new[] { "AR-1" }, new[] { "I-2" })
            .AddMeasure("M-1", "Eine Reise um die Welt", m => m
                .Carrier("naturfreunde").Partner("beirat").Serves("EQ-1").Applies("G-1").Implements("A-1").For("alle")
                .LeadOffice("beirat").Budget(2013, BudgetKind.Approved, 2_500m)
                .Period(new LocalDate(2012, 9, 1), new LocalDate(2014, 6, 30)).Status(MeasureStatus.Running))
            .AddMeasure("M-2", "Anerkennungsberatung im Bürgerhaus", m => m
                .Carrier("beirat").Serves("EQ-2").Applies("G-1").For("alle")
                .LeadOffice("beirat").Budget(2013, BudgetKind.Planned, 4_000m)
                .Period(new LocalDate(2012, 3, 1), new LocalDate(2015, 6, 30)).Status(MeasureStatus.Running));

    public static DistrictPlan Plan() => PlanBuilder().Build();

    public static CoverageReport Check(DistrictPlan plan, CityConcept? concept = null, RuleSet? ruleSet = null, LocalDate? date = null)
        => new CoverageChecker(ruleSet).Check(concept ?? Concept(), plan, date ?? EvaluationDate);

    public static IEnumerable<Finding> Of(this CoverageReport report, string ruleId) => report.Findings.Where(f => f.RuleId == ruleId);

    public static Indicator Indicator(string id, IndicatorDirection direction, decimal? baseline, params (LocalDate Date, decimal Value)[] targets)
        => new(
            new ElementId<Indicator>(id),
            "Indikator " + id,
            IndicatorMeasureType.Quantitative,
            direction,
            baseline: baseline is { } b ? new DataPoint(new LocalDate(2012, 1, 1), b) : null,
            targets: targets.Select(t => new DataPoint(t.Date, t.Value)),
            dataSource: "Statistik");
}
