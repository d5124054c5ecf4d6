using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC1001: an action field none of whose in-scope goals is covered or partly covered.</summary>
internal sealed class UncoveredActionFieldRule() : BuiltInRule(RuleIds.UncoveredActionField)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        for (var f = 0; f < state.ActionFields.Length; f++)
        {
            if (state.ActionFields[f].Grade == CoverageGrade.Uncovered)
            {
                var field = state.Concept.ActionFields[f];
                findings.ReportOwned(state.RefActionField(f), Text(field.Id.Value), Name(field));
            }
        }
    }
}

/// <summary>IC1002: a city goal that no district goal refines.</summary>
internal sealed class UncoveredGoalRule() : BuiltInRule(RuleIds.UncoveredGoal)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        for (var i = 0; i < state.Goals.Length; i++)
        {
            if (state.Goals[i].Grade == CoverageGrade.Uncovered)
            {
                var goal = state.Concept.Goals[i];
                findings.ReportOwned(state.RefGoal(i), new[] { Text(goal.Id.Value), Text(goal.Text) }, state.GoalReasons[i]);
            }
        }
    }
}

/// <summary>IC1003: a city goal that is refined, but by no operational district goal; names what is missing.</summary>
internal sealed class PartlyCoveredGoalRule() : BuiltInRule(RuleIds.PartlyCoveredGoal)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        for (var i = 0; i < state.Goals.Length; i++)
        {
            var coverage = state.Goals[i];
            if (coverage.Grade == CoverageGrade.PartlyCovered)
            {
                var criteria = new LocalizedText[coverage.MissingCriteria.Count];
                for (var k = 0; k < criteria.Length; k++)
                {
                    criteria[k] = Terms.Criterion(coverage.MissingCriteria[k]);
                }

                var goal = state.Concept.Goals[i];
                findings.ReportOwned(
                    state.RefGoal(i),
                    new[] { Text(goal.Id.Value), Text(goal.Text), MessageArgument.FromLocalizedList(criteria) },
                    state.GoalReasons[i]);
            }
        }
    }
}

/// <summary>IC1004: a principle that no measure applies.</summary>
internal sealed class UnappliedPrincipleRule() : BuiltInRule(RuleIds.UnappliedPrinciple)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        for (var p = 0; p < state.Principles.Length; p++)
        {
            if (state.Principles[p].Grade == CoverageGrade.Uncovered)
            {
                var principle = state.Concept.Principles[p];
                findings.ReportOwned(state.RefPrinciple(p), Text(principle.Id.Value), Text(principle.Name));
            }
        }
    }
}

/// <summary>
/// IC1005: no measure reaches residents with and without a migration background together: no target group of a
/// measure comprises both, and no measure has one target group with and another without.
/// </summary>
internal sealed class NoMixedParticipationRule() : BuiltInRule(RuleIds.NoMixedParticipation)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        var groups = state.Plan.TargetGroups;
        foreach (var measure in state.Plan.Measures)
        {
            var with = false;
            var without = false;
            foreach (var id in measure.TargetGroupIds)
            {
                if (groups.TryGet(id, out var group))
                {
                    with |= group.MigrationBackground is MigrationBackground.With or MigrationBackground.Both;
                    without |= group.MigrationBackground is MigrationBackground.Without or MigrationBackground.Both;
                }
            }

            if (with && without)
            {
                return;
            }
        }

        findings.ReportOwned(state.PlanReference, Text(state.Plan.District.Name));
    }
}
