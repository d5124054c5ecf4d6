using System.Globalization;
using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Results;

public sealed class FindingTests
{
    [Fact]
    public void Message_SameFinding_GermanAndEnglish()
    {
        var plan = TestDocuments.PlanBuilder().AddMeasure("M-3", "Straßenfest", m => m.Carrier("beirat").Serves("EQ-1").Period(new LocalDate(2012, 5, 1), new LocalDate(2013, 5, 31))).Build();

        var finding = TestDocuments.Check(plan).Of(RuleIds.OverdueMeasure).Single();

        finding.Message(CultureInfo.GetCultureInfo("de-DE")).Should().Be("Die Maßnahme M-3 „Straßenfest“ sollte am 31.05.2013 enden, ist am Stichtag 01.06.2013 aber nicht abgeschlossen (Status: geplant).");
        finding.Message(CultureInfo.GetCultureInfo("en-GB")).Should().Be("Measure M-3 'Straßenfest' should have ended on 2013-05-31 but is not completed at the evaluation date 2013-06-01 (status: planned).");
        finding.RenderReasons(CultureInfo.GetCultureInfo("de-DE")).Should().Equal("Ende 31.05.2013 liegt vor dem Stichtag 01.06.2013");
        finding.ToString().Should().Be("IC4001 Warning $.measures[2]: Measure M-3 'Straßenfest' should have ended on 2013-05-31 but is not completed at the evaluation date 2013-06-01 (status: planned).");
    }

    [Fact]
    public void Suppress_BlankJustification_Throws()
    {
        var finding = TestDocuments.Check(TestDocuments.PlanBuilder().AddGoal("EQ-3", "x", "XX").Build()).Findings[0];

        finding.Invoking(f => f.Suppress(" ")).Should().Throw<ArgumentException>();
        finding.Suppress("ok").IsSuppressed.Should().BeTrue();
    }

    [Fact]
    public void ElementReference_PathsFromKindIndexAndMember()
    {
        new ElementReference(DocumentKind.DistrictPlan, ElementKind.Measure, "M-1", 2).Path.Should().Be("$.measures[2]");
        new ElementReference(DocumentKind.DistrictPlan, ElementKind.Measure, "M-1", 2, "period").Path.Should().Be("$.measures[2].period");
        new ElementReference(DocumentKind.DistrictPlan, ElementKind.DistrictPlan, "Ehrang").Path.Should().Be("$");
        new ElementReference(DocumentKind.DistrictPlan, ElementKind.ConceptReference, "2011-12", null, "versionLabel").Path.Should().Be("$.concept.versionLabel");
        FluentActions.Invoking(() => new ElementReference(DocumentKind.CityConcept, ElementKind.Goal, "x", -1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void CoverageCounts_NothingInScope_NoPercentages()
    {
        var counts = new CoverageCounts(0, 0, 0, 2);

        counts.CoveredPercent.Should().BeNull();
        counts.Total.Should().Be(2);
        counts.Add(CoverageGrade.Covered).CoveredPercent.Should().Be(100m);
        FluentActions.Invoking(() => new CoverageCounts(-1, 0, 0, 0)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
