using System.Globalization;
using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Rules;

public sealed partial class BuiltInRuleTests
{
    [Fact]
    public void IC3001_DistrictGoalRefinesUnknownCityGoal_FiresAtTheReference()
    {
        var plan = TestDocuments.PlanBuilder().AddGoal("EQ-3", "Unklar", "BS-1", "XX-9").Build();

        var finding = TestDocuments.Check(plan).Of(RuleIds.UnknownCityGoal).Should().ContainSingle().Subject;

        finding.Severity.Should().Be(Severity.Error);
        finding.Subject.Path.Should().Be("$.goals[2].refinedGoalIds[1]");
        finding.Message(English).Should().Be("District goal EQ-3 refines goal XX-9, which the city concept does not have.");
        TestDocuments.Check(TestDocuments.Plan()).Of(RuleIds.UnknownCityGoal).Should().BeEmpty();
    }

    [Fact]
    public void IC3002_MeasureAppliesUnknownPrinciple_Fires()
    {
        var plan = TestDocuments.PlanBuilder().AddMeasure("M-3", "Fest", m => m.Carrier("beirat").Serves("EQ-1").Applies("G-1", "G-9").Period(new LocalDate(2013, 1, 1), new LocalDate(2013, 1, 1))).Build();

        TestDocuments.Check(plan).Of(RuleIds.UnknownPrinciple).Should().ContainSingle().Which.Subject.Path.Should().Be("$.measures[2].principleIds[1]");
    }

    [Fact]
    public void IC3003_MeasureImplementsUnknownApproach_Fires()
    {
        var plan = TestDocuments.PlanBuilder().AddMeasure("M-3", "Fest", m => m.Carrier("beirat").Serves("EQ-1").Implements("A-9").Period(new LocalDate(2013, 1, 1), new LocalDate(2013, 1, 1))).Build();

        TestDocuments.Check(plan).Of(RuleIds.UnknownApproach).Should().ContainSingle().Which.Subject.Path.Should().Be("$.measures[2].approachId");
        TestDocuments.Check(TestDocuments.Plan()).Of(RuleIds.UnknownApproach).Should().BeEmpty();
    }

    [Fact]
    public void IC3004_ObservationAndDistrictGoalNameUnknownActionField_FireForEach()
    {
        var plan = TestDocuments.PlanBuilder()
            .AddObservation("B-1", ObservationKind.Need, "Wenig Begegnung", "Bestandsaufnahme 2011", "ZZ")
            .AddObservation("B-2", ObservationKind.Potential, "Aktive Vereine", "Bestandsaufnahme 2011", "BS")
            .AddDistrictSpecificGoal("EQ-9", "Begegnung im Bürgerhaus", "YY")
            .Build();

        var findings = TestDocuments.Check(plan).Of(RuleIds.UnknownActionField).ToList();

        findings.Select(f => f.Subject.Path).Should().Equal("$.observations[0].actionFieldId", "$.goals[2].actionFieldId");
        findings[1].Message(English).Should().Be("District goal EQ-9 names action field YY, which the city concept does not have.");
        findings[0].Message(CultureInfo.GetCultureInfo("de-DE")).Should().Be("Beobachtung B-1 nennt das Handlungsfeld ZZ, das es im gesamtstädtischen Konzept nicht gibt.");
    }

    [Fact]
    public void IC3005_OutOfScopeNamesUnknownElement_Fires()
    {
        var plan = TestDocuments.PlanBuilder()
            .DeclareOutOfScope(ElementKind.Goal, "XX-1", "Gibt es nicht")
            .DeclareOutOfScope(ElementKind.Principle, "G-1", "Trifft nicht zu")
            .Build();

        var finding = TestDocuments.Check(plan).Of(RuleIds.UnknownOutOfScopeElement).Should().ContainSingle().Subject;

        finding.Subject.Should().Be(new ElementReference(DocumentKind.DistrictPlan, ElementKind.OutOfScopeDeclaration, "XX-1", 0));
        finding.Message(English).Should().Be("Declared out of scope: goal XX-1, which the city concept does not have.");
    }

    [Fact]
    public void IC3006_MeasurePeriodOutsidePlanValidity_Fires()
    {
        var plan = TestDocuments.PlanBuilder().AddMeasure("M-3", "Fest", m => m.Carrier("beirat").Serves("EQ-1").Period(new LocalDate(2015, 6, 1), new LocalDate(2016, 6, 1))).Build();

        var finding = TestDocuments.Check(plan).Of(RuleIds.PeriodOutsidePlan).Should().ContainSingle().Subject;

        finding.Subject.Path.Should().Be("$.measures[2].period");
        finding.Message(CultureInfo.GetCultureInfo("de-DE")).Should().Be(
            "Der Zeitraum der Maßnahme M-3 (01.06.2015 – 01.06.2016) liegt nicht in der Laufzeit des Stadtteilkonzepts (01.01.2012 – 31.12.2015).");
        finding.Message(English).Should().Be(
            "The period of measure M-3 (2015-06-01 to 2016-06-01) lies outside the validity of the district plan (2012-01-01 to 2015-12-31).");
    }

    [Fact]
    public void IC3006_MeasurePeriodOnThePlanBoundaries_DoesNotFire()
    {
        var plan = TestDocuments.PlanBuilder().AddMeasure("M-3", "Fest", m => m.Carrier("beirat").Serves("EQ-1").Period(new LocalDate(2012, 1, 1), new LocalDate(2015, 12, 31))).Build();

        TestDocuments.Check(plan).Of(RuleIds.PeriodOutsidePlan).Should().BeEmpty();
    }

    [Fact]
    public void IC3007_MeasurePeriodOutsideConceptValidity_Fires()
    {
        var plan = TestDocuments.PlanBuilder().ValidFor(new Timeframe(new LocalDate(2011, 1, 1), new LocalDate(2015, 12, 31)))
            .AddMeasure("M-3", "Vorlauf", m => m.Carrier("beirat").Serves("EQ-1").Period(new LocalDate(2011, 9, 1), new LocalDate(2011, 12, 15)).Status(MeasureStatus.Completed))
            .Build();

        var report = TestDocuments.Check(plan);

        report.Of(RuleIds.PeriodOutsideConcept).Should().ContainSingle().Which.Message(English).Should()
            .Be("The period of measure M-3 (2011-09-01 to 2011-12-15) lies outside the validity of version 2011-12 of the city concept (2011-12-13 to 2020-12-31).");
        report.Of(RuleIds.PeriodOutsidePlan).Should().BeEmpty();
    }

    [Theory]
    [InlineData(IndicatorDirection.Increase, 5, true)]
    [InlineData(IndicatorDirection.Increase, 10, false)]
    [InlineData(IndicatorDirection.Increase, 15, false)]
    [InlineData(IndicatorDirection.Decrease, 15, true)]
    [InlineData(IndicatorDirection.Decrease, 5, false)]
    [InlineData(IndicatorDirection.Maintain, 5, false)]
    public void IC3008_TargetAgainstDirection_FiresOnlyWhenContradicting(IndicatorDirection direction, int target, bool fires)
    {
        var plan = TestDocuments.PlanBuilder().Add(TestDocuments.Indicator("I-3", direction, 10m, (new LocalDate(2014, 1, 1), 10m), (new LocalDate(2015, 1, 1), target))).Build();

        var findings = TestDocuments.Check(plan).Of(RuleIds.TargetContradictsDirection).ToList();

        if (fires)
        {
            findings.Should().ContainSingle().Which.Subject.Path.Should().Be("$.indicators[2].targets[1]");
        }
        else
        {
            findings.Should().BeEmpty();
        }
    }

    [Fact]
    public void IC3008_Message_NamesValuesDatesAndDirection()
    {
        var plan = TestDocuments.PlanBuilder().Add(TestDocuments.Indicator("I-3", IndicatorDirection.Increase, 10.5m, (new LocalDate(2015, 1, 1), 7.25m))).Build();

        var finding = TestDocuments.Check(plan).Of(RuleIds.TargetContradictsDirection).Single();

        finding.Message(CultureInfo.GetCultureInfo("de-DE")).Should().Be("Der Zielwert 7,25 zum 01.01.2015 des Indikators I-3 widerspricht seiner Richtung (steigend): der Ausgangswert ist 10,5 zum 01.01.2012.");
        finding.Message(English).Should().Be("Target 7.25 on 2015-01-01 of indicator I-3 contradicts its direction (increase): the baseline is 10.5 on 2012-01-01.");
    }

    [Fact]
    public void IC3009_OutOfScopeWithoutJustification_FiresAndStillCountsOutOfScope()
    {
        var concept = TestDocuments.ConceptBuilder().AddGoal("BS-2", "BS", "Mehr Lehrkräfte").Build();
        var plan = TestDocuments.PlanBuilder().DeclareOutOfScope(ElementKind.Goal, "BS-2", " ").Build();

        var report = TestDocuments.Check(plan, concept);

        report.Of(RuleIds.UnjustifiedOutOfScope).Should().ContainSingle().Which.Severity.Should().Be(Severity.Error);
        report.FindGoal("BS-2")!.Grade.Should().Be(CoverageGrade.OutOfScope);
        report.Of(RuleIds.UncoveredGoal).Should().BeEmpty();
    }

    [Fact]
    public void IC3009_JustifiedOutOfScope_DoesNotFire()
    {
        var concept = TestDocuments.ConceptBuilder().AddGoal("BS-2", "BS", "Mehr Lehrkräfte").Build();
        var plan = TestDocuments.PlanBuilder().DeclareOutOfScope(ElementKind.Goal, "BS-2", "Keine Schule im Stadtteil").Build();

        TestDocuments.Check(plan, concept).Of(RuleIds.UnjustifiedOutOfScope).Should().BeEmpty();
    }

    [Fact]
    public void IC3010_SuppressionWithoutJustification_FiresAndSuppressesNothing()
    {
        var plan = TestDocuments.PlanBuilder().AddMeasure("M-3", "Fest", m => m.Serves("EQ-1").Period(new LocalDate(2013, 1, 1), new LocalDate(2013, 1, 1)))
            .Suppress(RuleIds.MeasureWithoutCarrier, "M-3", "")
            .Build();

        var report = TestDocuments.Check(plan);

        report.Of(RuleIds.UnjustifiedSuppression).Should().ContainSingle().Which.Subject.Path.Should().Be("$.suppressions[0]");
        report.Of(RuleIds.MeasureWithoutCarrier).Should().ContainSingle().Which.IsSuppressed.Should().BeFalse();
    }

    [Fact]
    public void IC3011_PlanTakesUpAnotherVersion_Fires()
    {
        // The current version names the one the plan takes up as the version it updates, without its goals.
        var concept = TestDocuments.Concept().WithVersion(new ConceptVersion("2015-phase-2", ConceptStatus.Updated, updates: "2011-12"));

        var finding = TestDocuments.Check(TestDocuments.Plan(), concept).Of(RuleIds.OutdatedConceptVersion).Should().ContainSingle().Subject;

        finding.Subject.Path.Should().Be("$.concept.versionLabel");
        finding.Message(English).Should().Be("The district plan takes up version 2011-12 of the city concept; it is checked against the current version 2015-phase-2.");
        TestDocuments.Check(TestDocuments.Plan()).Of(RuleIds.OutdatedConceptVersion).Should().BeEmpty();
    }

    [Theory]
    [InlineData("Koblenz", true)]
    [InlineData("trier", false)]
    [InlineData("Trier", false)]
    public void IC3012_PlanTakesUpAnotherMunicipality_FiresOnlyForAnotherName(string municipality, bool fires)
    {
        var plan = TestDocuments.Plan().WithConcept(new ConceptReference(municipality, "2011-12"));

        TestDocuments.Check(plan).Of(RuleIds.OtherMunicipality).Should().HaveCount(fires ? 1 : 0);
    }

    [Fact]
    public void IC3013_SuppressionOfUnknownRule_Fires()
    {
        var plan = TestDocuments.PlanBuilder().Suppress("IC9999", "M-1", "Tippfehler").Suppress(RuleIds.MeasureWithoutCarrier, "M-1", "Träger folgt").Build();

        TestDocuments.Check(plan).Of(RuleIds.UnknownSuppressedRule).Should().ContainSingle().Which.Message(English)
            .Should().Be("The suppression for M-1 names rule IC9999, which the rule set does not have.");
    }
}
