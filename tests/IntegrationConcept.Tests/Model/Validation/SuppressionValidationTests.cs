using FluentAssertions;
using IntegrationConcept.Model.Validation;
using Xunit;

namespace IntegrationConcept.Tests.Model.Validation;

/// <summary>A finding (rule id on element id) is suppressed at most once.</summary>
public sealed class SuppressionValidationTests
{
    [Theory]
    [InlineData("IC1002", "EQ-2")]
    [InlineData("IC1001", "EQ-1")]
    public void Suppression_OfAnotherFinding_Builds(string ruleId, string elementId)
    {
        var plan = ModelFixtures.PlanBuilder().Suppress(ruleId, elementId, "begründet").Build();

        plan.Suppressions.Should().ContainSingle(s => s.RuleId == ruleId && s.ElementId == elementId && s.Justification == "begründet");
        plan.Suppressions.Should().HaveCount(2, "the fixture suppresses IC1001 on EQ-2 already");
    }

    [Fact]
    public void Suppression_OfTheSameFindingTwice_ReportsDuplicateId()
    {
        Func<object> act = () => ModelFixtures.PlanBuilder().Suppress("IC1001", "EQ-2", "noch einmal").Build();

        act.ShouldFailWith((ModelProblemCode.DuplicateId, "EQ-2", "$.suppressions[1].elementId"))
            .Single().Message.Should().Contain("IC1001");
    }

    [Fact]
    public void Suppression_BlankElementId_ReportsEmptyTextWithoutElementId()
    {
        Func<object> act = () => ModelFixtures.PlanBuilder().Suppress("IC1001", "", "begründet").Build();

        act.ShouldFailWith((ModelProblemCode.EmptyText, null, "$.suppressions[1].elementId"));
    }

    [Fact]
    public void Suppression_WithoutJustification_BuildsAndIsNotJustified()
    {
        var plan = ModelFixtures.PlanBuilder().Suppress("IC1002", "M-1", string.Empty).Build();

        plan.Suppressions[1].IsJustified.Should().BeFalse();
        plan.Suppressions[0].IsJustified.Should().BeTrue();
    }
}
