using System.Collections.Immutable;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>One instance of every built-in rule, in id order (stateless, shared by every check).</summary>
internal static class BuiltInRules
{
    public static ImmutableArray<ICoverageRule> All { get; } = ImmutableArray.Create<ICoverageRule>(
        new UncoveredActionFieldRule(),
        new UncoveredGoalRule(),
        new PartlyCoveredGoalRule(),
        new UnappliedPrincipleRule(),
        new NoMixedParticipationRule(),
        new GoalWithoutMeasureRule(),
        new MeasureWithoutCarrierRule(),
        new MeasureWithoutPeriodRule(),
        new GoalWithoutIndicatorRule(),
        new IndicatorWithoutBaselineRule(),
        new IndicatorWithoutTargetRule(),
        new IndicatorWithoutDataSourceRule(),
        new UnknownCityGoalRule(),
        new UnknownPrincipleRule(),
        new UnknownApproachRule(),
        new UnknownActionFieldRule(),
        new UnknownOutOfScopeElementRule(),
        new PeriodOutsidePlanRule(),
        new PeriodOutsideConceptRule(),
        new TargetContradictsDirectionRule(),
        new UnjustifiedOutOfScopeRule(),
        new UnjustifiedSuppressionRule(),
        new OutdatedConceptVersionRule(),
        new OtherMunicipalityRule(),
        new UnknownSuppressedRuleRule(),
        new OverdueMeasureRule(),
        new IndicatorBehindPlanRule(),
        new IndicatorOffTrackRule(),
        new UnaddressedNeedRule(),
        new UnreachedTargetGroupRule(),
        new MeasureWithoutLeadOfficeRule(),
        new MeasureWithoutBudgetRule(),
        new PlanPastTermRule(),
        new UnknownConceptVersionRule(),
        new IndicatorLevelMismatchRule(),
        new MixedScriptIdRule(),
        new StaleIndicatorDataRule(),
        new TargetReachedRule(),
        new TargetMissedRule(),
        new RecordedStatusRule());
}
