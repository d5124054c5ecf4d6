using FluentAssertions;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.TestSupport;
using Xunit;

namespace IntegrationConcept.Tests.Rules;

public sealed class RuleSetTests
{
    private static IntegrationConcept.Model.DistrictPlan PlanWithMeasureWithoutCarrier()
        => TestDocuments.PlanBuilder().AddMeasure("M-3", "Fest", m => m.Serves("EQ-1").Period(new NodaTime.LocalDate(2013, 1, 1), new NodaTime.LocalDate(2013, 1, 1))).Build();

    [Fact]
    public void Default_EveryRuleAtItsDefaultSeverity()
    {
        foreach (var descriptor in RuleCatalog.All)
        {
            RuleSet.Default.SeverityOf(descriptor.Id).Should().Be(descriptor.DefaultSeverity);
            RuleSet.Default.IsEnabled(descriptor.Id).Should().BeTrue();
        }

        RuleSet.Default.Name.Should().Be("default");
    }

    [Fact]
    public void WithSeverity_ById_ChangesTheFindingsSeverity()
    {
        var rules = RuleSet.Default.WithSeverity(RuleIds.MeasureWithoutCarrier, Severity.Error);

        var report = TestDocuments.Check(PlanWithMeasureWithoutCarrier(), ruleSet: rules);

        report.Of(RuleIds.MeasureWithoutCarrier).Single().Severity.Should().Be(Severity.Error);
        report.HasErrors.Should().BeTrue();
    }

    [Fact]
    public void WithCategorySeverity_AppliesToTheCategoryButTheRuleOverrideWins()
    {
        var rules = RuleSet.Default
            .WithCategorySeverity(RuleCategory.Operationalisation, Severity.Info)
            .WithSeverity(RuleIds.MeasureWithoutPeriod, Severity.Error);

        rules.SeverityOf(RuleIds.MeasureWithoutCarrier).Should().Be(Severity.Info);
        rules.SeverityOf(RuleIds.MeasureWithoutPeriod).Should().Be(Severity.Error);
        rules.SeverityOf(RuleIds.UnknownCityGoal).Should().Be(Severity.Error);
        TestDocuments.Check(PlanWithMeasureWithoutCarrier(), ruleSet: rules).Of(RuleIds.MeasureWithoutCarrier).Single().Severity.Should().Be(Severity.Info);
    }

    [Fact]
    public void WithSeverity_Twice_LastOneWins()
        => RuleSet.Default.WithSeverity("IC2002", Severity.Error).WithSeverity("IC2002", Severity.Info).SeverityOf("IC2002").Should().Be(Severity.Info);

    [Fact]
    public void WithDisabled_RuleReportsNothing_AndWithEnabledBringsItBack()
    {
        var disabled = RuleSet.Default.WithDisabled(RuleIds.MeasureWithoutCarrier);

        TestDocuments.Check(PlanWithMeasureWithoutCarrier(), ruleSet: disabled).Of(RuleIds.MeasureWithoutCarrier).Should().BeEmpty();
        disabled.IsEnabled(RuleIds.MeasureWithoutCarrier).Should().BeFalse();
        disabled.DisabledRuleIds.Should().Equal("IC2002");
        TestDocuments.Check(PlanWithMeasureWithoutCarrier(), ruleSet: disabled.WithEnabled("IC2002")).Of(RuleIds.MeasureWithoutCarrier).Should().ContainSingle();
    }

    [Fact]
    public void WithDisabled_CoverageIsStillGraded()
    {
        var concept = TestDocuments.ConceptBuilder().AddGoal("BS-2", "BS", "Zwei").Build();

        var report = TestDocuments.Check(TestDocuments.Plan(), concept, RuleSet.Default.WithDisabled(RuleIds.UncoveredGoal));

        report.Findings.Should().BeEmpty();
        report.FindGoal("BS-2")!.Grade.Should().Be(IntegrationConcept.Results.CoverageGrade.Uncovered);
    }

    [Fact]
    public void WithSeverity_UnknownRule_ThrowsNamingTheRule()
    {
        var act = () => RuleSet.Default.WithSeverity("IC9999", Severity.Error);

        act.Should().Throw<RuleSetException>().WithMessage("*IC9999*").Which.RuleId.Should().Be("IC9999");
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void WithDisabled_UnknownRule_Throws()
        => RuleSet.Default.Invoking(r => r.WithDisabled("XY1")).Should().Throw<RuleSetException>().Which.RuleId.Should().Be("XY1");

    [Fact]
    public void WithParameter_UnknownParameter_ThrowsNamingRuleAndParameter()
    {
        var exception = RuleSet.Default.Invoking(r => r.WithParameter(RuleIds.IndicatorBehindPlan, "greenTolerance", 5m)).Should().Throw<RuleSetException>().Which;

        exception.RuleId.Should().Be("IC4002");
        exception.ParameterName.Should().Be("greenTolerance");
        exception.Message.Should().Contain("yellowTolerancePercent");
    }

    [Fact]
    public void WithParameter_RuleWithoutParameters_Throws()
        => RuleSet.Default.Invoking(r => r.WithParameter(RuleIds.UncoveredGoal, "x", 1m)).Should().Throw<RuleSetException>().WithMessage("*IC1002*none*");

    [Fact]
    public void WithParameter_TextForANumber_Throws()
        => RuleSet.Default.Invoking(r => r.WithParameter(RuleIds.IndicatorOffTrack, RuleCatalog.RedTolerancePercent, "viel")).Should().Throw<RuleSetException>().WithMessage("*number*");

    [Fact]
    public void WithParameter_BelowMinimum_Throws()
        => RuleSet.Default.Invoking(r => r.WithParameter(RuleIds.IndicatorOffTrack, RuleCatalog.RedTolerancePercent, -1m)).Should().Throw<RuleSetException>().WithMessage("*IC4003*-1*");

    [Fact]
    public void Constructor_DuplicateParameter_Throws()
    {
        var act = () => new RuleSet("x", parameters: new[]
        {
            RuleParameterValue.OfNumber("IC4002", RuleCatalog.YellowTolerancePercent, 5m),
            RuleParameterValue.OfNumber("IC4002", RuleCatalog.YellowTolerancePercent, 6m),
        });

        act.Should().Throw<RuleSetException>().WithMessage("*more than once*");
    }

    [Fact]
    public void Constructor_BlankName_Throws()
        => FluentActions.Invoking(() => new RuleSet(" ")).Should().Throw<ArgumentException>();

    [Fact]
    public void ParametersOf_DefaultsAndOverrides()
    {
        RuleSet.Default.ParametersOf("IC4002").GetNumber(RuleCatalog.YellowTolerancePercent).Should().Be(10m);
        RuleSet.Default.ParametersOf("IC4003").GetNumber(RuleCatalog.RedTolerancePercent).Should().Be(25m);
        RuleSet.Default.WithParameter("IC4002", RuleCatalog.YellowTolerancePercent, 12.5m).ParametersOf("IC4002").GetNumber(RuleCatalog.YellowTolerancePercent).Should().Be(12.5m);
        RuleSet.Default.ParametersOf("IC4002").Invoking(p => p.GetText(RuleCatalog.YellowTolerancePercent)).Should().Throw<RuleSetException>();
    }

    [Fact]
    public void Equals_SameData_EqualAndSameHash()
    {
        var a = new RuleSet("Land", new[] { new RuleSeverityOverride("IC1002", Severity.Error) }, null, new[] { "IC2007" }, new[] { RuleParameterValue.OfNumber("IC4002", RuleCatalog.YellowTolerancePercent, 5m) });
        var b = RuleSet.Default.WithName("Land").WithSeverity("IC1002", Severity.Error).WithDisabled("IC2007").WithParameter("IC4002", RuleCatalog.YellowTolerancePercent, 5m);

        b.Should().Be(a);
        b.GetHashCode().Should().Be(a.GetHashCode());
        b.WithDisabled("IC2006").Should().NotBe(a);
    }

    [Fact]
    public void Rules_ListsBuiltInThenCustom()
    {
        RuleSet.Default.Rules.Select(r => r.Id).Should().Equal(RuleCatalog.All.Select(r => r.Id));
    }

    [Fact]
    public void Constructor_YellowToleranceAboveRed_NamesBothParameters()
    {
        var act = () => RuleSet.Default
            .WithParameter(RuleIds.IndicatorBehindPlan, RuleCatalog.YellowTolerancePercent, 50m)
            .WithParameter(RuleIds.IndicatorOffTrack, RuleCatalog.RedTolerancePercent, 25m);

        var ex = act.Should().Throw<RuleSetException>().Which;
        ex.RuleId.Should().Be(RuleIds.IndicatorBehindPlan);
        ex.Message.Should().Contain(RuleCatalog.YellowTolerancePercent).And.Contain(RuleCatalog.RedTolerancePercent);
    }

    [Fact]
    public void Constructor_YellowToleranceEqualToRed_IsAccepted()
    {
        var rules = RuleSet.Default
            .WithParameter(RuleIds.IndicatorBehindPlan, RuleCatalog.YellowTolerancePercent, 25m);

        rules.ParametersOf(RuleIds.IndicatorBehindPlan).GetNumber(RuleCatalog.YellowTolerancePercent).Should().Be(25m);
    }

    [Fact]
    public void Rules_CannotBeChangedThroughACast()
    {
        RuleSet.Default.Rules.Should().NotBeAssignableTo<System.Collections.Generic.List<RuleDescriptor>>();
        RuleSet.Default.Rules.Should().NotBeAssignableTo<RuleDescriptor[]>();
    }
}
