using System.Globalization;
using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.TestSupport;
using Xunit;

namespace IntegrationConcept.Tests.Rules;

public sealed partial class BuiltInRuleTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public void IC1001_ActionFieldWithoutCoveredGoal_Fires()
    {
        var concept = TestDocuments.ConceptBuilder().AddActionField("GP", "Gesundheit und Pflege", "Health and care").AddGoal("GP-1", "GP", "Gesundheitslotsen").Build();

        var finding = TestDocuments.Check(TestDocuments.Plan(), concept).Of(RuleIds.UncoveredActionField).Should().ContainSingle().Subject;

        finding.Subject.Should().Be(new ElementReference(DocumentKind.CityConcept, ElementKind.ActionField, "GP", 2));
        finding.Subject.Path.Should().Be("$.actionFields[2]");
        finding.Message(English).Should().Be("Action field GP 'Health and care' is not covered: none of its goals is covered or partly covered.");
    }

    [Fact]
    public void IC1001_ActionFieldWithPartlyCoveredGoal_DoesNotFire()
    {
        var concept = TestDocuments.ConceptBuilder().AddActionField("GP", "Gesundheit und Pflege").AddGoal("GP-1", "GP", "Gesundheitslotsen").Build();
        var plan = TestDocuments.PlanBuilder().AddGoal("EQ-3", "Lotsen im Stadtteil", "GP-1").Build();

        TestDocuments.Check(plan, concept).Of(RuleIds.UncoveredActionField).Should().BeEmpty();
    }

    [Fact]
    public void IC1002_GoalNoDistrictGoalRefines_FiresWithReason()
    {
        var concept = TestDocuments.ConceptBuilder().AddGoal("BS-2", "BS", "Mehr Lehrkräfte mit Migrationshintergrund").Build();

        var finding = TestDocuments.Check(TestDocuments.Plan(), concept).Of(RuleIds.UncoveredGoal).Should().ContainSingle().Subject;

        finding.Subject.Id.Should().Be("BS-2");
        finding.Severity.Should().Be(Severity.Warning);
        finding.RenderReasons(English).Should().Equal("no district goal refines the goal");
        TestDocuments.Check(TestDocuments.Plan()).Of(RuleIds.UncoveredGoal).Should().BeEmpty();
    }

    [Fact]
    public void IC1003_RefinedGoalWithoutMeasure_FiresNamingMissingCriteria()
    {
        var concept = TestDocuments.ConceptBuilder().AddGoal("BS-2", "BS", "Mehr Lehrkräfte").Build();
        var plan = TestDocuments.PlanBuilder().AddGoal("EQ-3", "Lehrkräfte gewinnen", "BS-2").Build();

        var finding = TestDocuments.Check(plan, concept).Of(RuleIds.PartlyCoveredGoal).Should().ContainSingle().Subject;

        finding.Message(English).Should().Be("City goal BS-2 'Mehr Lehrkräfte' is only partly covered: no measure, no indicator.");
        finding.Message(CultureInfo.GetCultureInfo("de-DE")).Should().Be("Das Ziel BS-2 „Mehr Lehrkräfte“ ist nur teilweise abgedeckt: keine Maßnahme, kein Indikator.");
        finding.RenderReasons(English).Should().Equal("district goal EQ-3 refines the goal but is not operational: no measure, no indicator");
        TestDocuments.Check(TestDocuments.Plan()).Of(RuleIds.PartlyCoveredGoal).Should().BeEmpty();
    }

    [Fact]
    public void IC1004_PrincipleNoMeasureApplies_Fires()
    {
        var concept = TestDocuments.ConceptBuilder().AddPrinciple("G-2", "Interkulturelle Öffnung").Build();

        var report = TestDocuments.Check(TestDocuments.Plan(), concept);

        report.Of(RuleIds.UnappliedPrinciple).Should().ContainSingle().Which.Subject.Path.Should().Be("$.principles[1]");
        report.Principles.Select(p => (p.PrincipleId.Value, p.Grade)).Should().Equal(("G-1", CoverageGrade.Covered), ("G-2", CoverageGrade.Uncovered));
        report.Principles[0].MeasureIds.Select(m => m.Value).Should().Equal("M-1", "M-2");
    }

    [Fact]
    public void IC1005_OnlyResidentsWithMigrationBackground_Fires()
    {
        var plan = Replace(TestDocuments.Plan(), targetGroups: new[] { new TargetGroup(new ElementId<TargetGroup>("alle"), "Zugewanderte", MigrationBackground.With) });

        var finding = TestDocuments.Check(plan).Of(RuleIds.NoMixedParticipation).Should().ContainSingle().Subject;

        finding.Subject.Should().Be(new ElementReference(DocumentKind.DistrictPlan, ElementKind.DistrictPlan, "Ehrang/Quint"));
        finding.Subject.Path.Should().Be("$");
    }

    [Fact]
    public void IC1005_WithAndWithoutAcrossTheGroupsOfOneMeasure_DoesNotFire()
    {
        var plan = Replace(TestDocuments.Plan(), targetGroups: new[]
        {
            new TargetGroup(new ElementId<TargetGroup>("alle"), "Zugewanderte", MigrationBackground.With),
            new TargetGroup(new ElementId<TargetGroup>("alt"), "Alteingesessene", MigrationBackground.Without),
        });
        plan = plan.WithMeasures(plan.Measures.Select(m => m.Id.Value == "M-2"
            ? new Measure(m.Id, m.Name, m.Status, m.Period, m.Participations, targetGroupIds: new[] { new ElementId<TargetGroup>("alle"), new ElementId<TargetGroup>("alt") }, goalIds: m.GoalIds, principleIds: m.PrincipleIds, indicatorIds: m.IndicatorIds)
            : m));

        TestDocuments.Check(plan).Of(RuleIds.NoMixedParticipation).Should().BeEmpty();
    }

    [Fact]
    public void IC1005_WithOnOneMeasureAndWithoutOnAnother_Fires()
    {
        var plan = Replace(TestDocuments.Plan(), targetGroups: new[]
        {
            new TargetGroup(new ElementId<TargetGroup>("alle"), "Zugewanderte", MigrationBackground.With),
            new TargetGroup(new ElementId<TargetGroup>("alt"), "Alteingesessene", MigrationBackground.Without),
        });
        plan = plan.WithMeasures(plan.Measures.Select(m => m.Id.Value == "M-2"
            ? new Measure(m.Id, m.Name, m.Status, m.Period, m.Participations, targetGroupIds: new[] { new ElementId<TargetGroup>("alt") }, goalIds: m.GoalIds, principleIds: m.PrincipleIds, indicatorIds: m.IndicatorIds)
            : m));

        TestDocuments.Check(plan).Of(RuleIds.NoMixedParticipation).Should().ContainSingle();
    }

    private static DistrictPlan Replace(DistrictPlan plan, IEnumerable<TargetGroup>? targetGroups = null, IEnumerable<Observation>? observations = null, Timeframe? validity = null)
        => new(plan.Title, plan.District, plan.Concept, validity ?? plan.Validity, observations ?? plan.Observations, plan.Goals, plan.Measures, plan.Actors, plan.Bodies,
            targetGroups ?? plan.TargetGroups, plan.Indicators, plan.OutOfScope, plan.Suppressions);
}
