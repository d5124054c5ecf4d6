using FluentAssertions;
using IntegrationConcept.Checking;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Tests.TestSupport;
using Xunit;

namespace IntegrationConcept.Tests.Checking;

// Findings on the same element share one subject and one id-and-name argument list (immutable), within a report
// and, for the city concept's elements, across the reports of a matrix; nothing a reader sees may change.
public sealed class SharedSubjectTests
{
    private static DistrictPlan PlanWithBareMeasure(string district = "Ehrang/Quint")
        => TestDocuments.PlanBuilder(district).AddMeasure("M-9", "Nackte Maßnahme", m => m.Serves("EQ-1")).Build();

    // A plan without goals: every city goal is uncovered.
    private static DistrictPlan EmptyPlan(string district)
        => new IntegrationConcept.Model.Building.DistrictPlanBuilder("Stadtteilkonzept " + district, new District(district), new ConceptReference("Trier", "2011-12"))
            .ValidFor(new Timeframe(new NodaTime.LocalDate(2012, 1, 1), new NodaTime.LocalDate(2015, 12, 31)))
            .Build();

    [Fact]
    public void Check_SeveralRulesOnOneMeasure_ShareOneSubjectEqualToAFreshReference()
    {
        var report = TestDocuments.Check(PlanWithBareMeasure());

        var onMeasure = report.Findings.Where(f => f.Subject.Id == "M-9" && f.Subject.Member is null).ToList();
        onMeasure.Select(f => f.RuleId).Should().Contain([RuleIds.MeasureWithoutBudget, RuleIds.MeasureWithoutLeadOffice, RuleIds.MeasureWithoutCarrier, RuleIds.MeasureWithoutPeriod]);
        var position = TestDocuments.PlanBuilder().AddMeasure("M-9", "Nackte Maßnahme", m => m.Serves("EQ-1")).Build().Measures.Count - 1;
        var fresh = new ElementReference(DocumentKind.DistrictPlan, ElementKind.Measure, "M-9", position);
        onMeasure.Should().OnlyContain(f => f.Subject.Equals(fresh) && f.Subject.Path == fresh.Path);
        onMeasure.Should().OnlyContain(f => ReferenceEquals(f.Subject, onMeasure[0].Subject));
        var budget = onMeasure.Single(f => f.RuleId == RuleIds.MeasureWithoutBudget).MessageData.Arguments;
        var leadOffice = onMeasure.Single(f => f.RuleId == RuleIds.MeasureWithoutLeadOffice).MessageData.Arguments;
        budget.Should().Equal(leadOffice).And.Equal(MessageArgumentsOf("M-9", "Nackte Maßnahme"));
    }

    [Fact]
    public void CheckAll_CityGoalFindings_ShareTheirSubjectAcrossPlansAndEqualSingleChecks()
    {
        var concept = TestDocuments.Concept();
        var plans = new[] { EmptyPlan("Ehrang/Quint"), EmptyPlan("Trier-Nord") };
        var checker = new CoverageChecker();

        var matrix = checker.CheckAll(concept, plans, TestDocuments.EvaluationDate);

        var uncovered = matrix.Reports.Select(r => r.Of(RuleIds.UncoveredGoal).ToList()).ToList();
        uncovered[0].Should().NotBeEmpty();
        uncovered[1].Select(f => f.Subject).Should().Equal(uncovered[0].Select(f => f.Subject), ReferenceEquals);
        for (var i = 0; i < plans.Length; i++)
        {
            matrix.Reports[i].Should().Be(new CoverageChecker().Check(concept, plans[i], TestDocuments.EvaluationDate));
        }
    }

    [Fact]
    public void Check_ConcurrentChecksOfOneConcept_GiveEqualReports()
    {
        var concept = TestDocuments.Concept();
        var plan = PlanWithBareMeasure();
        var checker = new CoverageChecker();
        var expected = checker.Check(TestDocuments.Concept(), plan, TestDocuments.EvaluationDate);

        var reports = new CoverageReport[16];
        Parallel.For(0, reports.Length, i => reports[i] = checker.Check(concept, plan, TestDocuments.EvaluationDate));

        reports.Should().OnlyContain(r => r.Equals(expected));
    }

    private static MessageArgument[] MessageArgumentsOf(string id, string name)
        => [MessageArgument.FromText(id), MessageArgument.FromText(name)];
}
