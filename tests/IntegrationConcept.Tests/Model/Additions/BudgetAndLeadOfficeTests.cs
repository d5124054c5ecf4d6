using FluentAssertions;
using IntegrationConcept.Model;
using IntegrationConcept.Model.Building;
using IntegrationConcept.Model.Validation;
using NodaTime;
using Xunit;

namespace IntegrationConcept.Tests.Model.Additions;

/// <summary>Lead office (Federführung) of measures and district goals, and the budget entries of measures.</summary>
public sealed class BudgetAndLeadOfficeTests
{
    private static DistrictPlanBuilder WithOffice()
        => ModelFixtures.PlanBuilder().AddActor("amt", "Amt für Soziales", ActorKind.Administration);

    [Fact]
    public void MeasureBuilder_LeadOfficeAndBudget_AreKeptAsWritten()
    {
        var plan = WithOffice()
            .AddMeasure("M-2", "Straßenfest", m => m
                .Carrier("naturfreunde").LeadOffice("amt")
                .Budget(2011, BudgetKind.Planned, 1500.10m, "Soziale Stadt", "Bund und Land", "1.3.1.02", "illustrativ")
                .Budget(2011, BudgetKind.Spent, 1499.99m))
            .Build();

        var measure = plan.Measures[1];
        measure.LeadOfficeId.Should().Be(new ElementId<Actor>("amt"));
        measure.CarrierIds.Should().Equal(new ElementId<Actor>("naturfreunde"));
        measure.Budget.Should().Equal(
            new BudgetEntry(2011, BudgetKind.Planned, 1500.10m, "Soziale Stadt", "Bund und Land", "1.3.1.02", "illustrativ"),
            new BudgetEntry(2011, BudgetKind.Spent, 1499.99m));
        measure.Budget[0].AmountEur.Should().Be(1500.10m, "amounts are decimal euros, never rounded through floating point");
    }

    [Fact]
    public void Measure_LeadOfficeNotAnActorOfThePlan_ReportsUnresolvedReference()
    {
        Func<object> act = () => ModelFixtures.PlanBuilder().AddMeasure("M-2", "Fest", m => m.LeadOffice("amt")).Build();

        act.ShouldFailWith((ModelProblemCode.UnresolvedReference, "M-2", "$.measures[1].leadOfficeId"));
    }

    [Fact]
    public void DistrictGoal_LeadOfficeNotAnActorOfThePlan_ReportsUnresolvedReference()
    {
        Func<object> act = () => ModelFixtures.PlanBuilder().AddGoal("EQ-3", "Begegnung", g => g.Refines("WL-1").LeadOffice("amt")).Build();

        act.ShouldFailWith((ModelProblemCode.UnresolvedReference, "EQ-3", "$.goals[2].leadOfficeId"));
    }

    [Fact]
    public void DistrictGoalBuilder_LeadOfficeAndStatus_AreKept()
    {
        var asOf = new LocalDate(2012, 12, 31);
        var plan = WithOffice()
            .AddGoal("EQ-3", "Begegnung", g => g.Refines("WL-1").MeasuredBy("I-2").Answers("O-1").LeadOffice("amt").Status(ImplementationStatus.Delayed, asOf, "Fest verschoben"))
            .Build();

        var goal = plan.Goals[2];
        goal.LeadOfficeId.Should().Be(new ElementId<Actor>("amt"));
        goal.Status.Should().Be(new RecordedStatus(ImplementationStatus.Delayed, asOf, "Fest verschoben"));
        goal.RefinedGoalIds.Should().Equal(new ElementId<Goal>("WL-1"));
        goal.IndicatorIds.Should().Equal(new ElementId<Indicator>("I-2"));
        goal.ObservationIds.Should().Equal(new ElementId<Observation>("O-1"));
    }

    [Fact]
    public void Budget_NegativeAmountAndYearOutOfRange_ReportsBothWithPaths()
    {
        Func<object> act = () => ModelFixtures.PlanBuilder()
            .AddMeasure("M-2", "Fest", m => m.Budget(2011, BudgetKind.Planned, 100m).Budget(20111, BudgetKind.Spent, -5m))
            .Build();

        var problems = act.ShouldFailWith(
            (ModelProblemCode.InvalidFormat, "M-2", "$.measures[1].budget[1].amountEur"),
            (ModelProblemCode.InvalidFormat, "M-2", "$.measures[1].budget[1].year"));
        problems[0].Message.Should().Contain("-5");
        problems[1].Message.Should().Contain("20111");
    }

    [Fact]
    public void BudgetEntry_ComparesEveryMember()
        => EqualityAssert.HasValueSemantics(
            new BudgetEntry(2012, BudgetKind.Approved, 10m, "P", "F", "L", "C"),
            new BudgetEntry(2012, BudgetKind.Approved, 10.00m, "P", "F", "L", "C"),
            new BudgetEntry(2013, BudgetKind.Approved, 10m, "P", "F", "L", "C"),
            new BudgetEntry(2012, BudgetKind.Spent, 10m, "P", "F", "L", "C"),
            new BudgetEntry(2012, BudgetKind.Approved, 11m, "P", "F", "L", "C"),
            new BudgetEntry(2012, BudgetKind.Approved, 10m, null, "F", "L", "C"),
            new BudgetEntry(2012, BudgetKind.Approved, 10m, "P", null, "L", "C"),
            new BudgetEntry(2012, BudgetKind.Approved, 10m, "P", "F", null, "C"),
            new BudgetEntry(2012, BudgetKind.Approved, 10m, "P", "F", "L"));

    [Fact]
    public void MeasureWithMethods_KeepLeadOfficeBudgetAndSubAreas()
    {
        var measure = new Measure(new ElementId<Measure>("M-1"), "Fest")
            .WithLeadOffice(new ElementId<Actor>("amt"))
            .WithBudget([new BudgetEntry(2012, BudgetKind.Planned, 1m)])
            .WithSubAreas([new ElementId<SubArea>("11")]);

        var changed = measure.WithStatus(MeasureStatus.Running).WithPeriod(null).WithGoals([]).WithIndicators([]).WithParticipations([]);

        changed.LeadOfficeId.Should().Be(measure.LeadOfficeId);
        changed.Budget.Should().Equal(measure.Budget);
        changed.SubAreaIds.Should().Equal(measure.SubAreaIds);
        measure.WithLeadOffice(null).Should().NotBe(measure);
        measure.WithBudget([]).Should().NotBe(measure);
        measure.WithSubAreas([]).Should().NotBe(measure);
    }

    [Fact]
    public void DistrictGoalWithMethods_KeepLeadOfficeAndStatus()
    {
        var status = new RecordedStatus(ImplementationStatus.OnTrack, new LocalDate(2012, 1, 1));
        var goal = new DistrictGoal(new ElementId<DistrictGoal>("EQ-1"), "Ziel", [new ElementId<Goal>("BS-1")])
            .WithLeadOffice(new ElementId<Actor>("amt"))
            .WithStatus(status);

        var changed = goal.WithRefinedGoals([new ElementId<Goal>("BS-2")]).WithIndicators([new ElementId<Indicator>("I-1")]);

        changed.LeadOfficeId.Should().Be(new ElementId<Actor>("amt"));
        changed.Status.Should().Be(status);
        goal.WithStatus(null).Status.Should().BeNull();
        goal.WithLeadOffice(null).Should().NotBe(goal);
    }

    [Fact]
    public void RecordedStatus_ComparesEveryMember()
        => EqualityAssert.HasValueSemantics(
            new RecordedStatus(ImplementationStatus.AtRisk, new LocalDate(2012, 1, 1), "c"),
            new RecordedStatus(ImplementationStatus.AtRisk, new LocalDate(2012, 1, 1), "c"),
            new RecordedStatus(ImplementationStatus.Achieved, new LocalDate(2012, 1, 1), "c"),
            new RecordedStatus(ImplementationStatus.AtRisk, new LocalDate(2012, 1, 2), "c"),
            new RecordedStatus(ImplementationStatus.AtRisk, new LocalDate(2012, 1, 1)));
}
