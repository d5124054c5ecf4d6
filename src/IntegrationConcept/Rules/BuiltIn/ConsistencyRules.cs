using System;
using System.Globalization;
using IntegrationConcept.Localization;
using IntegrationConcept.Results;
using IntegrationConcept.Model;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>IC3001: a district goal that refines a goal the city concept does not have.</summary>
internal sealed class UnknownCityGoalRule() : BuiltInRule(RuleIds.UnknownCityGoal)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        var known = state.ConceptIndex.Goals;
        for (var d = 0; d < state.Plan.Goals.Count; d++)
        {
            var goal = state.Plan.Goals[d];
            for (var k = 0; k < goal.RefinedGoalIds.Count; k++)
            {
                var refined = goal.RefinedGoalIds[k];
                if (!known.ContainsKey(refined))
                {
                    findings.ReportOwned(state.RefDistrictGoal(d, Member("refinedGoalIds", k)), Text(goal.Id.Value), Text(refined.Value));
                }
            }
        }
    }

    internal static string Member(string name, int k) => string.Create(CultureInfo.InvariantCulture, $"{name}[{k}]");
}

/// <summary>IC3002: a measure that applies a principle the city concept does not have.</summary>
internal sealed class UnknownPrincipleRule() : BuiltInRule(RuleIds.UnknownPrinciple)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        var known = state.ConceptIndex.Principles;
        for (var m = 0; m < state.Plan.Measures.Count; m++)
        {
            var measure = state.Plan.Measures[m];
            for (var k = 0; k < measure.PrincipleIds.Count; k++)
            {
                if (!known.ContainsKey(measure.PrincipleIds[k]))
                {
                    findings.ReportOwned(state.RefMeasure(m, UnknownCityGoalRule.Member("principleIds", k)), Text(measure.Id.Value), Text(measure.PrincipleIds[k].Value));
                }
            }
        }
    }
}

/// <summary>IC3003: a measure that implements an approach the city concept does not have.</summary>
internal sealed class UnknownApproachRule() : BuiltInRule(RuleIds.UnknownApproach)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        for (var m = 0; m < state.Plan.Measures.Count; m++)
        {
            var measure = state.Plan.Measures[m];
            if (measure.ApproachId is { } approach && !state.Concept.Approaches.Contains(approach))
            {
                findings.ReportOwned(state.RefMeasure(m, "approachId"), Text(measure.Id.Value), Text(approach.Value));
            }
        }
    }
}

/// <summary>IC3004: a district goal or observation that names an action field the city concept does not have.</summary>
internal sealed class UnknownActionFieldRule() : BuiltInRule(RuleIds.UnknownActionField)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        var known = state.ConceptIndex.ActionFields;
        for (var o = 0; o < state.Plan.Observations.Count; o++)
        {
            var observation = state.Plan.Observations[o];
            if (observation.ActionFieldId is { } field && !known.ContainsKey(field))
            {
                findings.ReportOwned(state.RefObservation(o, "actionFieldId"), Local(Terms.KindCapitalized(ElementKind.Observation)), Text(observation.Id.Value), Text(field.Value));
            }
        }

        for (var d = 0; d < state.Plan.Goals.Count; d++)
        {
            var goal = state.Plan.Goals[d];
            if (goal.ActionFieldId is { } field && !known.ContainsKey(field))
            {
                findings.ReportOwned(state.RefDistrictGoal(d, "actionFieldId"), Local(Terms.KindCapitalized(ElementKind.DistrictGoal)), Text(goal.Id.Value), Text(field.Value));
            }
        }
    }
}

/// <summary>IC3005: an out-of-scope declaration that names a city element that does not exist.</summary>
internal sealed class UnknownOutOfScopeElementRule() : BuiltInRule(RuleIds.UnknownOutOfScopeElement)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        var index = state.ConceptIndex;
        for (var i = 0; i < state.Plan.OutOfScope.Count; i++)
        {
            var declaration = state.Plan.OutOfScope[i];
            var exists = declaration.Kind switch
            {
                ElementKind.Goal => CheckState.TryId<Goal>(declaration.ElementId, out var g) && index.Goals.ContainsKey(g),
                ElementKind.ActionField => CheckState.TryId<ActionField>(declaration.ElementId, out var f) && index.ActionFields.ContainsKey(f),
                ElementKind.Principle => CheckState.TryId<Principle>(declaration.ElementId, out var p) && index.Principles.ContainsKey(p),
                _ => true,
            };
            if (!exists)
            {
                findings.ReportOwned(state.RefOutOfScope(i), Local(Terms.Kind(declaration.Kind)), Text(declaration.ElementId));
            }
        }
    }
}

/// <summary>IC3006: a measure whose period lies outside the plan's validity.</summary>
internal sealed class PeriodOutsidePlanRule() : BuiltInRule(RuleIds.PeriodOutsidePlan)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        if (state.Plan.Validity is not { } validity)
        {
            return;
        }

        for (var m = 0; m < state.Plan.Measures.Count; m++)
        {
            var measure = state.Plan.Measures[m];
            if (measure.Period is { } period && !period.IsWithin(validity))
            {
                findings.ReportOwned(state.RefMeasure(m, "period"), Text(measure.Id.Value), Date(period.Start), Date(period.End), Date(validity.Start), Date(validity.End));
            }
        }
    }
}

/// <summary>IC3007: a measure whose period lies outside the validity of the concept version checked against.</summary>
internal sealed class PeriodOutsideConceptRule() : BuiltInRule(RuleIds.PeriodOutsideConcept)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        if (state.Concept.Version.Validity is not { } validity)
        {
            return;
        }

        for (var m = 0; m < state.Plan.Measures.Count; m++)
        {
            var measure = state.Plan.Measures[m];
            if (measure.Period is { } period && !period.IsWithin(validity))
            {
                findings.ReportOwned(
                    state.RefMeasure(m, "period"),
                    Text(measure.Id.Value), Date(period.Start), Date(period.End), Date(validity.Start), Date(validity.End), Text(state.Concept.Version.Label));
            }
        }
    }
}

/// <summary>
/// IC3008: a numeric target that contradicts the indicator's direction: below the baseline for
/// <see cref="IndicatorDirection.Increase"/>, above it for <see cref="IndicatorDirection.Decrease"/>.
/// <see cref="IndicatorDirection.Maintain"/> and qualitative indicators have nothing to contradict.
/// </summary>
internal sealed class TargetContradictsDirectionRule() : BuiltInRule(RuleIds.TargetContradictsDirection)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        for (var i = 0; i < state.Plan.Indicators.Count; i++)
        {
            var indicator = state.Plan.Indicators[i];
            if (indicator.IsQualitative || indicator.Direction == IndicatorDirection.Maintain || indicator.Baseline is not { Value: { } baseline } b)
            {
                continue;
            }

            for (var k = 0; k < indicator.Targets.Count; k++)
            {
                var target = indicator.Targets[k];
                if (target.Value is { } value
                    && ((indicator.Direction == IndicatorDirection.Increase && value < baseline)
                        || (indicator.Direction == IndicatorDirection.Decrease && value > baseline)))
                {
                    findings.ReportOwned(
                        state.RefIndicator(i, UnknownCityGoalRule.Member("targets", k)),
                        Text(indicator.Id.Value),
                        MessageArgument.FromNumber(value),
                        Date(target.Date),
                        Local(Terms.Direction(indicator.Direction)),
                        MessageArgument.FromNumber(baseline),
                        Date(b.Date));
                }
            }
        }
    }
}

/// <summary>IC3009: an out-of-scope declaration without a justification; the element still counts as out of scope.</summary>
internal sealed class UnjustifiedOutOfScopeRule() : BuiltInRule(RuleIds.UnjustifiedOutOfScope)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        for (var i = 0; i < state.Plan.OutOfScope.Count; i++)
        {
            var declaration = state.Plan.OutOfScope[i];
            if (!declaration.IsJustified)
            {
                findings.ReportOwned(state.RefOutOfScope(i), Local(Terms.KindCapitalized(declaration.Kind)), Text(declaration.ElementId));
            }
        }
    }
}

/// <summary>IC3010: a suppression without a justification; it suppresses nothing.</summary>
internal sealed class UnjustifiedSuppressionRule() : BuiltInRule(RuleIds.UnjustifiedSuppression)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        for (var i = 0; i < state.Plan.Suppressions.Count; i++)
        {
            var suppression = state.Plan.Suppressions[i];
            if (!suppression.IsJustified)
            {
                findings.ReportOwned(state.RefSuppression(i), Text(suppression.RuleId), Text(suppression.ElementId));
            }
        }
    }
}

/// <summary>IC3011: the plan takes up another version of the concept than the one it is checked against.</summary>
internal sealed class OutdatedConceptVersionRule() : BuiltInRule(RuleIds.OutdatedConceptVersion)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        var taken = state.Plan.Concept.VersionLabel;
        var current = state.Concept.Version.Label;
        if (string.Equals(taken, current, StringComparison.Ordinal))
        {
            return;
        }

        // An earlier version with its goals: say what changed. The predecessor named only by 'updates': the bare note.
        // Any other label is IC3015's error.
        if (state.Concept.ChangesSince(taken) is { } changes)
        {
            findings.ReportOwned(state.RefConceptReference("versionLabel"), [Text(taken), Text(current)], ConceptChangeReasons.Of(changes));
        }
        else if (string.Equals(taken, state.Concept.Version.Updates, StringComparison.Ordinal))
        {
            findings.ReportOwned(state.RefConceptReference("versionLabel"), Text(taken), Text(current));
        }
    }
}

/// <summary>IC3015: the plan takes up a version the city concept does not have: neither the current one, nor an earlier one, nor the one the current version updates.</summary>
internal sealed class UnknownConceptVersionRule() : BuiltInRule(RuleIds.UnknownConceptVersion)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        var taken = state.Plan.Concept.VersionLabel;
        if (state.Concept.FindVersion(taken) is null && !string.Equals(taken, state.Concept.Version.Updates, StringComparison.Ordinal))
        {
            findings.ReportOwned(state.RefConceptReference("versionLabel"), Text(taken), Text(state.Concept.Version.Label));
        }
    }
}

/// <summary>IC3012: the plan takes up the concept of another municipality (names compared ignoring case and outer white space).</summary>
internal sealed class OtherMunicipalityRule() : BuiltInRule(RuleIds.OtherMunicipality)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        var taken = state.Plan.Concept.Municipality;
        var checkedAgainst = state.Concept.Municipality.Name;
        if (!string.Equals(taken.Trim(), checkedAgainst.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            findings.ReportOwned(state.RefConceptReference("municipality"), Text(taken), Text(checkedAgainst));
        }
    }
}

/// <summary>IC3013: a suppression that names a rule the rule set does not know.</summary>
internal sealed class UnknownSuppressedRuleRule() : BuiltInRule(RuleIds.UnknownSuppressedRule)
{
    protected override void Check(CheckState state, RuleParameters parameters, FindingSink findings)
    {
        for (var i = 0; i < state.Plan.Suppressions.Count; i++)
        {
            var suppression = state.Plan.Suppressions[i];
            if (!state.RuleSet.IsKnown(suppression.RuleId))
            {
                findings.ReportOwned(state.RefSuppression(i), Text(suppression.RuleId), Text(suppression.ElementId));
            }
        }
    }
}
