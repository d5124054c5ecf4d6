using FluentAssertions;
using IntegrationConcept.Changes;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.TestSupport;
using NodaTime;
using Xunit;
using static IntegrationConcept.Tests.Changes.ChangeFixtures;

namespace IntegrationConcept.Tests.Changes;

public sealed class CoverageChangeTests
{
    public static TheoryData<CoverageGrade, CoverageGrade, GradeTransition> Transitions => new()
    {
        { CoverageGrade.Covered, CoverageGrade.Covered, GradeTransition.Unchanged },
        { CoverageGrade.Covered, CoverageGrade.PartlyCovered, GradeTransition.Worsened },
        { CoverageGrade.Covered, CoverageGrade.Uncovered, GradeTransition.Worsened },
        { CoverageGrade.Covered, CoverageGrade.OutOfScope, GradeTransition.NewlyOutOfScope },
        { CoverageGrade.PartlyCovered, CoverageGrade.Covered, GradeTransition.Improved },
        { CoverageGrade.PartlyCovered, CoverageGrade.PartlyCovered, GradeTransition.Unchanged },
        { CoverageGrade.PartlyCovered, CoverageGrade.Uncovered, GradeTransition.Worsened },
        { CoverageGrade.PartlyCovered, CoverageGrade.OutOfScope, GradeTransition.NewlyOutOfScope },
        { CoverageGrade.Uncovered, CoverageGrade.Covered, GradeTransition.Improved },
        { CoverageGrade.Uncovered, CoverageGrade.PartlyCovered, GradeTransition.Improved },
        { CoverageGrade.Uncovered, CoverageGrade.Uncovered, GradeTransition.Unchanged },
        { CoverageGrade.Uncovered, CoverageGrade.OutOfScope, GradeTransition.NewlyOutOfScope },
        { CoverageGrade.OutOfScope, CoverageGrade.Covered, GradeTransition.NewlyInScope },
        { CoverageGrade.OutOfScope, CoverageGrade.PartlyCovered, GradeTransition.NewlyInScope },
        { CoverageGrade.OutOfScope, CoverageGrade.Uncovered, GradeTransition.NewlyInScope },
        { CoverageGrade.OutOfScope, CoverageGrade.OutOfScope, GradeTransition.Unchanged },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Compare_EveryGradePair_GivesItsTransition(CoverageGrade before, CoverageGrade after, GradeTransition expected)
    {
        var change = CoverageChange.Compare(Report(Spring, [Goal("Z-1", before)]), Report(End, [Goal("Z-1", after)]));

        var goal = change.Goals.Should().ContainSingle().Subject;
        goal.Before.Should().Be(before);
        goal.After.Should().Be(after);
        goal.Transition.Should().Be(expected);
        change.CountGoals(expected).Should().Be(1);
    }

    [Fact]
    public void Compare_GoalsAddedAndRemoved_AreListedAfterTheLaterOnesInTheirOrder()
    {
        var before = Report(Spring, [Goal("Z-1", CoverageGrade.Covered), Goal("Z-2", CoverageGrade.Uncovered), Goal("Z-3", CoverageGrade.Covered)]);
        var after = Report(End, [Goal("Z-4", CoverageGrade.PartlyCovered), Goal("Z-3", CoverageGrade.Uncovered), Goal("Z-1", CoverageGrade.Covered)]);

        var change = CoverageChange.Compare(before, after);

        change.Goals.Select(g => (g.GoalId.Value, g.Transition)).Should().Equal(
            ("Z-4", GradeTransition.Added), ("Z-3", GradeTransition.Worsened), ("Z-1", GradeTransition.Unchanged), ("Z-2", GradeTransition.Removed));
        change.Goals[0].Before.Should().BeNull();
        change.Goals[3].After.Should().BeNull();
        change.Goals[3].Text.Should().Be("Ziel Z-2");
    }

    [Fact]
    public void Compare_ActionFields_GiveGradeAndCoveredPercentChange()
    {
        var before = Report(Spring, fields: [Field("BS", CoverageGrade.PartlyCovered, 1, 1, 2), Field("AR", CoverageGrade.Covered, 2, 0, 0), Field("VW", CoverageGrade.Uncovered, 0, 0, 1)]);
        var after = Report(End, fields: [Field("BS", CoverageGrade.Covered, 4, 0, 0), Field("AR", CoverageGrade.OutOfScope, 0, 0, 0, 2), Field("GP", CoverageGrade.Uncovered, 0, 0, 1)]);

        var change = CoverageChange.Compare(before, after);

        change.ActionFields.Select(f => (f.ActionFieldId.Value, f.Transition, f.CoveredPercentChange)).Should().Equal(
            ("BS", GradeTransition.Improved, 75.0m),
            ("AR", GradeTransition.NewlyOutOfScope, (decimal?)null),
            ("GP", GradeTransition.Added, (decimal?)null),
            ("VW", GradeTransition.Removed, (decimal?)null));
        change.ActionFields[0].Before!.Goals.Covered.Should().Be(1);
        change.ActionFields[0].After!.Goals.Covered.Should().Be(4);
        change.CountFields(GradeTransition.Improved).Should().Be(1);
    }

    [Fact]
    public void Compare_Overall_GivesTheChangeOfTheCoveredShare()
    {
        var before = Report(Spring, [Goal("Z-1", CoverageGrade.Covered), Goal("Z-2", CoverageGrade.Uncovered), Goal("Z-3", CoverageGrade.Uncovered), Goal("Z-4", CoverageGrade.PartlyCovered)]);
        var after = Report(End, [Goal("Z-1", CoverageGrade.Covered), Goal("Z-2", CoverageGrade.Covered), Goal("Z-3", CoverageGrade.Uncovered), Goal("Z-4", CoverageGrade.OutOfScope)]);

        var change = CoverageChange.Compare(before, after);

        change.Before.Overall.CoveredPercent.Should().Be(25.0m);
        change.After.Overall.CoveredPercent.Should().Be(66.7m);
        change.CoveredPercentChange.Should().Be(41.7m);
        change.Before.EvaluationDate.Should().Be(Spring);
        change.After.EvaluationDate.Should().Be(End);
    }

    [Fact]
    public void Compare_NothingInScopeOnOneSide_HasNoPercentChange()
        => CoverageChange.Compare(Report(Spring, [Goal("Z-1", CoverageGrade.OutOfScope)]), Report(End, [Goal("Z-1", CoverageGrade.Covered)]))
            .CoveredPercentChange.Should().BeNull();

    [Fact]
    public void Compare_Findings_AreMatchedByRuleAndElementNotByText()
    {
        var before = Report(Spring, findings: [OnGoal("IC1002", "Z-1", text: "am 31.03.2012"), OnGoal("IC1003", "Z-2"), OnGoal("IC1002", "Z-3")]);
        var after = Report(End, findings: [OnGoal("IC1002", "Z-1", index: 4, text: "am 31.12.2014"), OnGoal("IC1002", "Z-2"), OnGoal("IC1002", "Z-4")]);

        var change = CoverageChange.Compare(before, after);

        change.AppearedFindings.Select(f => (f.RuleId, f.Subject.Id)).Should().Equal(("IC1002", "Z-2"), ("IC1002", "Z-4"));
        change.ResolvedFindings.Select(f => (f.RuleId, f.Subject.Id)).Should().Equal(("IC1003", "Z-2"), ("IC1002", "Z-3"));
    }

    [Fact]
    public void Compare_SameRuleTwiceOnOneElement_IsMatchedByCount()
    {
        var before = Report(Spring, findings: [OnGoal("IC3001", "EQ-1")]);
        var after = Report(End, findings: [OnGoal("IC3001", "EQ-1"), OnGoal("IC3001", "EQ-1", text: "zweiter")]);

        var change = CoverageChange.Compare(before, after);

        change.AppearedFindings.Should().ContainSingle().Which.Message(System.Globalization.CultureInfo.InvariantCulture).Should().Be("zweiter");
        change.ResolvedFindings.Should().BeEmpty();
    }

    [Fact]
    public void Compare_SameIdInAnotherDocument_IsAnotherElement()
    {
        var before = Report(Spring, findings: [Finding("IC2001", DocumentKind.DistrictPlan, ElementKind.DistrictGoal, "X-1")]);
        var after = Report(End, findings: [Finding("IC2001", DocumentKind.CityConcept, ElementKind.Goal, "X-1")]);

        var change = CoverageChange.Compare(before, after);

        change.AppearedFindings.Should().ContainSingle().Which.Subject.Document.Should().Be(DocumentKind.CityConcept);
        change.ResolvedFindings.Should().ContainSingle().Which.Subject.Document.Should().Be(DocumentKind.DistrictPlan);
    }

    [Fact]
    public void Compare_IndicatorLights_ListOnlyTheChangedOnes()
    {
        var before = Report(Spring, findings: [OnIndicator("IC4002", "I-1"), OnIndicator("IC4003", "I-2"), OnIndicator("IC4002", "I-3"), OnIndicator("IC2005", "I-4")]);
        var after = Report(End, findings: [OnIndicator("IC4003", "I-1"), OnIndicator("IC4002", "I-3"), OnIndicator("IC4006", "I-5"), OnIndicator("IC4005", "I-4")]);

        var change = CoverageChange.Compare(before, after);

        change.IndicatorLights.Select(l => (l.IndicatorId, l.Before, l.After)).Should().Equal(
            ("I-1", IndicatorLight.Yellow, IndicatorLight.Red),
            ("I-5", IndicatorLight.NoWarning, IndicatorLight.TargetMissed),
            ("I-4", IndicatorLight.NoWarning, IndicatorLight.TargetReached),
            ("I-2", IndicatorLight.Red, IndicatorLight.NoWarning));
    }

    [Fact]
    public void IndicatorLights_RuleIds_AreThoseOfTheRules()
    {
        IndicatorLights.YellowRule.Should().Be(RuleIds.IndicatorBehindPlan);
        IndicatorLights.RedRule.Should().Be(RuleIds.IndicatorOffTrack);
        IndicatorLights.ReachedRule.Should().Be(RuleIds.TargetReached);
        IndicatorLights.MissedRule.Should().Be(RuleIds.TargetMissed);
    }

    [Fact]
    public void Compare_SameReport_HasNoChanges()
    {
        var report = TestDocuments.Check(TestDocuments.PlanBuilder().AddGoal("EQ-9", "Ohne Maßnahme", new[] { "BS-1" }).Build());
        var change = CoverageChange.Compare(report, report);

        change.HasChanges.Should().BeFalse();
        change.Goals.Should().OnlyContain(g => g.Transition == GradeTransition.Unchanged);
        change.CoveredPercentChange.Should().Be(0m);
    }

    [Fact]
    public void Compare_RealChecks_ShowAMeasureGoingOverdueAndAGoalLosingItsMeasure()
    {
        var plan = TestDocuments.Plan();
        var later = TestDocuments.PlanBuilder()
            .AddGoal("EQ-3", "Neues Ziel ohne Maßnahme", new[] { "AR-1" })
            .Build();
        var before = TestDocuments.Check(plan);
        var after = TestDocuments.Check(later, date: new LocalDate(2015, 12, 31));

        var change = CoverageChange.Compare(before, after);

        change.AppearedFindings.Should().Contain(f => f.RuleId == RuleIds.GoalWithoutMeasure && f.Subject.Id == "EQ-3");
        change.AppearedFindings.Should().Contain(f => f.RuleId == RuleIds.OverdueMeasure && f.Subject.Id == "M-1");
        change.ResolvedFindings.Should().BeEmpty();
        change.HasChanges.Should().BeTrue();
    }

    [Fact]
    public void Compare_TwiceOnEqualInput_IsEqualAndHashesEqual()
    {
        CoverageReport Before() => Report(Spring, [Goal("Z-1", CoverageGrade.Uncovered)], [Field("BS", CoverageGrade.Uncovered, 0, 0, 1)], [OnGoal("IC1002", "Z-1")]);
        CoverageReport After() => Report(End, [Goal("Z-1", CoverageGrade.Covered)], [Field("BS", CoverageGrade.Covered, 1, 0, 0)], [OnIndicator("IC4002", "I-1")]);

        var change = CoverageChange.Compare(Before(), After());
        var same = CoverageChange.Compare(Before(), After());
        var other = CoverageChange.Compare(After(), Before());

        EqualityAssert.HasValueSemantics(change, same, other);
        EqualityAssert.HasValueSemantics(change.Goals[0], same.Goals[0], other.Goals[0]);
        EqualityAssert.HasValueSemantics(change.ActionFields[0], same.ActionFields[0], other.ActionFields[0]);
        EqualityAssert.HasValueSemantics(change.IndicatorLights[0], same.IndicatorLights[0], other.IndicatorLights[0]);
    }

    [Fact]
    public void Compare_ShuffledInput_GivesTheOrderOfTheReports()
    {
        var goals = Enumerable.Range(1, 50).Select(i => Goal("Z-" + i, (CoverageGrade)(i % 4))).ToArray();
        var reversed = Enumerable.Reverse(goals).Select(g => Goal(g.GoalId.Value, (CoverageGrade)((int.Parse(g.GoalId.Value[2..], System.Globalization.CultureInfo.InvariantCulture) + 1) % 4))).ToArray();

        var change = CoverageChange.Compare(Report(Spring, goals), Report(End, reversed));

        change.Goals.Select(g => g.GoalId.Value).Should().Equal(reversed.Select(g => g.GoalId.Value));
    }

    [Fact]
    public void Compare_Null_Throws()
    {
        var report = Report(Spring);
        FluentActions.Invoking(() => CoverageChange.Compare(null!, report)).Should().Throw<ArgumentNullException>().WithParameterName("before");
        FluentActions.Invoking(() => CoverageChange.Compare(report, null!)).Should().Throw<ArgumentNullException>().WithParameterName("after");
    }

    [Fact]
    public void Constructors_BadArguments_Throw()
    {
        FluentActions.Invoking(() => new GoalGradeChange(new ElementId<Goal>("Z-1"), new ElementId<ActionField>("BS"), "t", null, null))
            .Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ActionFieldChange(null, null)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new ActionFieldChange(Field("BS", CoverageGrade.Covered, 1, 0, 0), Field("AR", CoverageGrade.Covered, 1, 0, 0)))
            .Should().Throw<ArgumentException>().WithMessage("*'BS'*'AR'*");
    }
}
