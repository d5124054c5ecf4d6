using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Checking;

public sealed partial class CoverageCheckerTests
{
    private static DistrictPlanBuilder PlanWithUnknownGoal() => TestDocuments.PlanBuilder().AddGoal("EQ-3", "Unklar", new[] { "BS-1", "XX-9" }, new[] { "I-1" })
        .AddMeasure("M-3", "Fest", m => m.Carrier("beirat").Serves("EQ-3").Period(Start, End));

    [Fact]
    public void Check_JustifiedSuppression_FindingStaysMarkedAndIsNoError()
    {
        var report = TestDocuments.Check(PlanWithUnknownGoal().Suppress(RuleIds.UnknownCityGoal, "EQ-3", "XX-9 kommt mit der Fortschreibung").Build());

        var finding = report.Of(RuleIds.UnknownCityGoal).Single();
        finding.IsSuppressed.Should().BeTrue();
        finding.SuppressionJustification.Should().Be("XX-9 kommt mit der Fortschreibung");
        report.HasErrors.Should().BeFalse();
        report.Count(Severity.Error).Should().Be(0);
        report.Invoking(r => r.ThrowIfErrors()).Should().NotThrow();
    }

    [Fact]
    public void Check_UnsuppressedError_HasErrorsAndThrowIfErrorsThrows()
    {
        var report = TestDocuments.Check(PlanWithUnknownGoal().Build());

        report.HasErrors.Should().BeTrue();
        report.Invoking(r => r.ThrowIfErrors()).Should().Throw<CoverageException>()
            .Which.Message.Should().Contain("IC3001").And.Contain("$.goals[2].refinedGoalIds[1]");
    }

    [Fact]
    public void Check_SuppressionsOfSeveralRules_EachFindingGetsItsOwnRuleAndElementsJustification()
    {
        var unsuppressed = TestDocuments.Check(PlanWithUnknownGoal().Build());
        var pairs = unsuppressed.Findings.Where(f => f.Subject.Id is not null)
            .Select(f => (f.RuleId, Id: f.Subject.Id!)).Distinct().Where((_, i) => i % 2 == 0).ToList();
        pairs.Select(p => p.RuleId).Distinct().Should().HaveCountGreaterThan(1, "the plan has findings of several rules");
        var builder = PlanWithUnknownGoal();
        foreach (var (ruleId, id) in pairs)
        {
            builder.Suppress(ruleId, id, $"{ruleId} auf {id}");
        }

        var report = TestDocuments.Check(builder.Build());

        report.Findings.Should().HaveCount(unsuppressed.Findings.Count);
        foreach (var finding in report.Findings)
        {
            var expected = finding.Subject.Id is { } id && pairs.Contains((finding.RuleId, id)) ? $"{finding.RuleId} auf {id}" : null;
            finding.SuppressionJustification.Should().Be(expected, "{0} on {1}", finding.RuleId, finding.Subject.Path);
        }
    }

    [Fact]
    public void Check_SuppressionForAnotherElement_SuppressesNothing()
    {
        var report = TestDocuments.Check(PlanWithUnknownGoal().Suppress(RuleIds.UnknownCityGoal, "EQ-1", "falsches Element").Build());

        report.Of(RuleIds.UnknownCityGoal).Single().IsSuppressed.Should().BeFalse();
    }

    [Fact]
    public void Check_SuppressedCoverageFinding_GradeIsUnchanged()
    {
        var concept = TestDocuments.ConceptBuilder().AddGoal("BS-2", "BS", "Zwei").Build();
        var plan = TestDocuments.PlanBuilder().Suppress(RuleIds.UncoveredGoal, "BS-2", "Wird 2014 aufgegriffen").Build();

        var report = TestDocuments.Check(plan, concept);

        report.Of(RuleIds.UncoveredGoal).Single().IsSuppressed.Should().BeTrue();
        report.FindGoal("BS-2")!.Grade.Should().Be(CoverageGrade.Uncovered);
    }

    [Fact]
    public void Check_Findings_OrderedByDocumentSectionPositionAndRuleId()
    {
        var concept = TestDocuments.ConceptBuilder().AddGoal("BS-2", "BS", "Zwei").AddPrinciple("G-2", "Öffnung").Build();
        var plan = TestDocuments.PlanBuilder()
            .AddMeasure("M-3", "Ohne alles", m => m.Serves("EQ-1"))
            .AddGoal("EQ-3", "Unklar", "XX-9")
            .Build();

        var order = TestDocuments.Check(plan, concept).Findings.Select(f => f.RuleId + "@" + f.Subject.Path).ToList();

        order.Should().Equal(
            "IC1004@$.principles[1]",
            "IC1002@$.goals[2]",
            "IC2001@$.goals[2]",
            "IC2004@$.goals[2]",
            "IC3001@$.goals[2].refinedGoalIds[0]",
            "IC2002@$.measures[2]",
            "IC2003@$.measures[2]",
            "IC2008@$.measures[2]",
            "IC2009@$.measures[2]");
    }

    [Fact]
    public void Check_SameInputTwice_EqualReports()
    {
        var concept = TestDocuments.ConceptBuilder().AddGoal("BS-2", "BS", "Zwei").Build();

        var first = TestDocuments.Check(PlanWithUnknownGoal().Build(), concept);
        var second = TestDocuments.Check(PlanWithUnknownGoal().Build(), concept);

        second.Should().Be(first);
        second.GetHashCode().Should().Be(first.GetHashCode());
    }

    [Fact]
    public void Check_ClockAndZone_EvaluatesAtTheLocalDate()
    {
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2013, 5, 31, 23, 30));

        var report = new IntegrationConcept.Checking.CoverageChecker().Check(TestDocuments.Concept(), TestDocuments.Plan(), clock, DateTimeZoneProviders.Tzdb["Europe/Berlin"]);

        report.EvaluationDate.Should().Be(new LocalDate(2013, 6, 1));
    }

    [Fact]
    public void Check_NullArguments_ThrowArgumentNullException()
    {
        var checker = new IntegrationConcept.Checking.CoverageChecker();

        checker.Invoking(c => c.Check(null!, TestDocuments.Plan(), Start)).Should().Throw<ArgumentNullException>().WithParameterName("concept");
        checker.Invoking(c => c.Check(TestDocuments.Concept(), null!, Start)).Should().Throw<ArgumentNullException>().WithParameterName("plan");
        checker.Invoking(c => c.CheckAll(TestDocuments.Concept(), new DistrictPlan[] { null! }, Start)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Check_OutOfScopeIdWithOuterWhiteSpace_IsReportedNotThrown()
    {
        var plan = TestDocuments.PlanBuilder().DeclareOutOfScope(ElementKind.Goal, " BS-1", "Leerzeichen").Build();

        var report = TestDocuments.Check(plan);

        report.Of(RuleIds.UnknownOutOfScopeElement).Should().ContainSingle();
        report.FindGoal("BS-1")!.Grade.Should().Be(CoverageGrade.Covered);
    }
}
