using System.Globalization;
using FluentAssertions;
using IntegrationConcept.Checking;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.TestSupport;
using Xunit;

namespace IntegrationConcept.Tests.Rules;

public sealed class CustomRuleTests
{
    /// <summary>Every measure needs at least <c>minimumPartners</c> actors besides its carrier.</summary>
    private sealed class PartnersRule : ICoverageRule
    {
        public RuleDescriptor Descriptor { get; } = new(
            "TR0001",
            new LocalizedText("Zu wenige Partner", "Too few partners"),
            RuleCategory.Operationalisation,
            Severity.Info,
            new LocalizedText("Maßnahme {0} hat {1} Partner, erwartet {2}.", "Measure {0} has {1} partners, expected {2}."),
            new[] { RuleParameter.Number("minimumPartners", 1m, new LocalizedText("Mindestzahl", "Minimum"), minimum: 0m) });

        public void Check(RuleContext context, FindingSink findings)
        {
            var minimum = context.Parameters.GetNumber("minimumPartners");
            foreach (var goal in context.Plan.Goals)
            {
                foreach (var measure in context.MeasuresServing(goal.Id))
                {
                    var partners = measure.Participations.Count(p => p.Role != ParticipationRole.Carrier);
                    if (partners < minimum)
                    {
                        findings.Report(
                            context.Reference(measure),
                            new[] { MessageArgument.FromText(measure.Id.Value), MessageArgument.FromNumber(partners), MessageArgument.FromNumber(minimum) },
                            new[] { new LocalizedMessage(new LocalizedText("geprüft am {0}", "checked on {0}"), new[] { MessageArgument.FromDate(context.EvaluationDate) }) });
                    }
                }
            }
        }
    }

    private sealed class ThrowingRule : ICoverageRule
    {
        public RuleDescriptor Descriptor { get; } = new("TR0002", new LocalizedText("Kaputt", "Broken"), RuleCategory.Consistency, Severity.Error, new LocalizedText("x", "x"));

        public void Check(RuleContext context, FindingSink findings) => throw new InvalidCastException("boom");
    }

    [Fact]
    public void Check_CustomRule_ReportsWithItsDescriptorInBothLanguages()
    {
        var rules = RuleSet.Default.WithCustomRule(new PartnersRule());

        var finding = TestDocuments.Check(TestDocuments.Plan(), ruleSet: rules).Of("TR0001").Should().ContainSingle().Subject;

        finding.Subject.Should().Be(new ElementReference(DocumentKind.DistrictPlan, ElementKind.Measure, "M-2", 1));
        finding.Severity.Should().Be(Severity.Info);
        finding.Category.Should().Be(RuleCategory.Operationalisation);
        finding.Message(CultureInfo.GetCultureInfo("de-DE")).Should().Be("Maßnahme M-2 hat 0 Partner, erwartet 1.");
        finding.Message(CultureInfo.GetCultureInfo("en-US")).Should().Be("Measure M-2 has 0 partners, expected 1.");
        finding.RenderReasons(CultureInfo.GetCultureInfo("de-DE")).Should().Equal("geprüft am 01.06.2013");
    }

    [Fact]
    public void Check_CustomRuleConfigured_ParameterSeverityAndSuppressionApply()
    {
        var rules = RuleSet.Default.WithCustomRule(new PartnersRule())
            .WithParameter("TR0001", "minimumPartners", 2m)
            .WithSeverity("TR0001", Severity.Error);
        var plan = TestDocuments.PlanBuilder().Suppress("TR0001", "M-2", "Beratung braucht keinen Partner").Build();

        var report = TestDocuments.Check(plan, ruleSet: rules);

        var findings = report.Of("TR0001").ToList();
        findings.Select(f => (f.Subject.Id, f.Severity, f.IsSuppressed)).Should().Equal(("M-1", Severity.Error, false), ("M-2", Severity.Error, true));
        report.Of(RuleIds.UnknownSuppressedRule).Should().BeEmpty();
    }

    [Fact]
    public void Check_CustomRuleDisabled_DoesNotRun()
    {
        var rules = RuleSet.Default.WithCustomRule(new ThrowingRule()).WithDisabled("TR0002");

        TestDocuments.Check(TestDocuments.Plan(), ruleSet: rules).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Check_CustomRuleThrows_WrappedNamingTheRule()
    {
        var checker = new CoverageChecker(RuleSet.Default.WithCustomRule(new ThrowingRule()));

        checker.Invoking(c => c.Check(TestDocuments.Concept(), TestDocuments.Plan(), TestDocuments.EvaluationDate))
            .Should().Throw<InvalidOperationException>().WithMessage("*TR0002*boom*").WithInnerException<InvalidCastException>();
    }

    [Fact]
    public void WithCustomRule_IdOfABuiltInRule_Throws()
    {
        var clash = new ThrowingRuleWithId(RuleIds.UncoveredGoal);

        RuleSet.Default.Invoking(r => r.WithCustomRule(clash)).Should().Throw<RuleSetException>().Which.RuleId.Should().Be("IC1002");
    }

    [Fact]
    public void RuleContext_Indexes_AnswerByIdAndMakeReferences()
    {
        RuleContext? seen = null;
        var spy = new SpyRule(c => seen = c);

        TestDocuments.Check(TestDocuments.Plan(), ruleSet: RuleSet.Default.WithCustomRule(spy));

        seen.Should().NotBeNull();
        seen!.MeasuresServing(new ElementId<DistrictGoal>("EQ-1")).ToArray().Select(m => m.Id.Value).Should().Equal("M-1");
        seen.GoalsRefining(new ElementId<Goal>("AR-1")).ToArray().Select(g => g.Id.Value).Should().Equal("EQ-2");
        seen.GoalsRefining(new ElementId<Goal>("XX")).IsEmpty.Should().BeTrue();
        seen.GetGoalCoverage(new ElementId<Goal>("BS-1"))!.Grade.Should().Be(CoverageGrade.Covered);
        seen.Reference(seen.Concept.Goals[1]).Path.Should().Be("$.goals[1]");
        seen.Reference(seen.Plan.Indicators[1]).Path.Should().Be("$.indicators[1]");
        seen.Reference(seen.Concept.ActionFields[1]).Path.Should().Be("$.actionFields[1]");
        seen.PlanReference.Id.Should().Be("Ehrang/Quint");
        seen.Invoking(c => c.Reference(new Measure(new ElementId<Measure>("ZZ"), "fremd"))).Should().Throw<ArgumentException>().WithMessage("*ZZ*");
    }

    [Fact]
    public void RuleContext_Coverages_CannotBeChangedThroughACast()
    {
        RuleContext? seen = null;
        var report = TestDocuments.Check(TestDocuments.Plan(), ruleSet: RuleSet.Default.WithCustomRule(new SpyRule(c => seen = c)));

        seen!.GoalCoverages.Should().NotBeAssignableTo<GoalCoverage[]>();
        seen.ActionFieldCoverages.Should().NotBeAssignableTo<ActionFieldCoverage[]>();
        seen.PrincipleCoverages.Should().NotBeAssignableTo<PrincipleCoverage[]>();
        seen.GoalCoverages.Should().Equal(report.Goals);
    }

    private sealed class ThrowingRuleWithId(string id) : ICoverageRule
    {
        public RuleDescriptor Descriptor { get; } = new(id, new LocalizedText("a", "a"), RuleCategory.Coverage, Severity.Info, new LocalizedText("a", "a"));

        public void Check(RuleContext context, FindingSink findings)
        {
        }
    }

    private sealed class SpyRule(Action<RuleContext> spy) : ICoverageRule
    {
        public RuleDescriptor Descriptor { get; } = new("TR0003", new LocalizedText("Spion", "Spy"), RuleCategory.Coverage, Severity.Info, new LocalizedText("-", "-"));

        public void Check(RuleContext context, FindingSink findings) => spy(context);
    }
}
