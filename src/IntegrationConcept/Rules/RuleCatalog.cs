using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using IntegrationConcept.Localization;
using IntegrationConcept.Rules;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules;

/// <summary>The descriptors of every built-in rule, in id order, and lookup by id.</summary>
public static class RuleCatalog
{
    private static readonly Dictionary<string, RuleDescriptor> ById;

    static RuleCatalog()
    {
        All = ImmutableArray.Create(
            D(RuleIds.UncoveredActionField, RuleTexts.UncoveredActionFieldTitle, RuleCategory.Coverage, Severity.Warning, RuleTexts.UncoveredActionField),
            D(RuleIds.UncoveredGoal, RuleTexts.UncoveredGoalTitle, RuleCategory.Coverage, Severity.Warning, RuleTexts.UncoveredGoal),
            D(RuleIds.PartlyCoveredGoal, RuleTexts.PartlyCoveredGoalTitle, RuleCategory.Coverage, Severity.Warning, RuleTexts.PartlyCoveredGoal),
            D(RuleIds.UnappliedPrinciple, RuleTexts.UnappliedPrincipleTitle, RuleCategory.Coverage, Severity.Warning, RuleTexts.UnappliedPrinciple),
            D(RuleIds.NoMixedParticipation, RuleTexts.NoMixedParticipationTitle, RuleCategory.Coverage, Severity.Warning, RuleTexts.NoMixedParticipation),
            D(RuleIds.UnaddressedNeed, PlanningRuleTexts.UnaddressedNeedTitle, RuleCategory.Coverage, Severity.Warning, PlanningRuleTexts.UnaddressedNeed),
            D(RuleIds.UnreachedTargetGroup, PlanningRuleTexts.UnreachedTargetGroupTitle, RuleCategory.Coverage, Severity.Info, PlanningRuleTexts.UnreachedTargetGroup),
            D(RuleIds.GoalWithoutMeasure, RuleTexts.GoalWithoutMeasureTitle, RuleCategory.Operationalisation, Severity.Warning, RuleTexts.GoalWithoutMeasure),
            D(RuleIds.MeasureWithoutCarrier, RuleTexts.MeasureWithoutCarrierTitle, RuleCategory.Operationalisation, Severity.Warning, RuleTexts.MeasureWithoutCarrier),
            D(RuleIds.MeasureWithoutPeriod, RuleTexts.MeasureWithoutPeriodTitle, RuleCategory.Operationalisation, Severity.Warning, RuleTexts.MeasureWithoutPeriod),
            D(RuleIds.GoalWithoutIndicator, RuleTexts.GoalWithoutIndicatorTitle, RuleCategory.Operationalisation, Severity.Warning, RuleTexts.GoalWithoutIndicator),
            D(RuleIds.IndicatorWithoutBaseline, RuleTexts.IndicatorWithoutBaselineTitle, RuleCategory.Operationalisation, Severity.Warning, RuleTexts.IndicatorWithoutBaseline),
            D(RuleIds.IndicatorWithoutTarget, RuleTexts.IndicatorWithoutTargetTitle, RuleCategory.Operationalisation, Severity.Warning, RuleTexts.IndicatorWithoutTarget),
            D(RuleIds.IndicatorWithoutDataSource, RuleTexts.IndicatorWithoutDataSourceTitle, RuleCategory.Operationalisation, Severity.Info, RuleTexts.IndicatorWithoutDataSource),
            D(RuleIds.MeasureWithoutLeadOffice, PlanningRuleTexts.MeasureWithoutLeadOfficeTitle, RuleCategory.Operationalisation, Severity.Warning, PlanningRuleTexts.MeasureWithoutLeadOffice),
            D(RuleIds.MeasureWithoutBudget, PlanningRuleTexts.MeasureWithoutBudgetTitle, RuleCategory.Operationalisation, Severity.Info, PlanningRuleTexts.MeasureWithoutBudget),
            D(RuleIds.UnknownCityGoal, RuleTexts.UnknownCityGoalTitle, RuleCategory.Consistency, Severity.Error, RuleTexts.UnknownCityGoal),
            D(RuleIds.UnknownPrinciple, RuleTexts.UnknownPrincipleTitle, RuleCategory.Consistency, Severity.Error, RuleTexts.UnknownPrinciple),
            D(RuleIds.UnknownApproach, RuleTexts.UnknownApproachTitle, RuleCategory.Consistency, Severity.Error, RuleTexts.UnknownApproach),
            D(RuleIds.UnknownActionField, RuleTexts.UnknownActionFieldTitle, RuleCategory.Consistency, Severity.Error, RuleTexts.UnknownActionField),
            D(RuleIds.UnknownOutOfScopeElement, RuleTexts.UnknownOutOfScopeElementTitle, RuleCategory.Consistency, Severity.Error, RuleTexts.UnknownOutOfScopeElement),
            D(RuleIds.PeriodOutsidePlan, RuleTexts.PeriodOutsidePlanTitle, RuleCategory.Consistency, Severity.Warning, RuleTexts.PeriodOutsidePlan),
            D(RuleIds.PeriodOutsideConcept, RuleTexts.PeriodOutsideConceptTitle, RuleCategory.Consistency, Severity.Warning, RuleTexts.PeriodOutsideConcept),
            D(RuleIds.TargetContradictsDirection, RuleTexts.TargetContradictsDirectionTitle, RuleCategory.Consistency, Severity.Error, RuleTexts.TargetContradictsDirection),
            D(RuleIds.UnjustifiedOutOfScope, RuleTexts.UnjustifiedOutOfScopeTitle, RuleCategory.Consistency, Severity.Error, RuleTexts.UnjustifiedOutOfScope),
            D(RuleIds.UnjustifiedSuppression, RuleTexts.UnjustifiedSuppressionTitle, RuleCategory.Consistency, Severity.Error, RuleTexts.UnjustifiedSuppression),
            D(RuleIds.OutdatedConceptVersion, RuleTexts.OutdatedConceptVersionTitle, RuleCategory.Consistency, Severity.Warning, RuleTexts.OutdatedConceptVersion),
            D(RuleIds.OtherMunicipality, RuleTexts.OtherMunicipalityTitle, RuleCategory.Consistency, Severity.Error, RuleTexts.OtherMunicipality),
            D(RuleIds.UnknownSuppressedRule, RuleTexts.UnknownSuppressedRuleTitle, RuleCategory.Consistency, Severity.Info, RuleTexts.UnknownSuppressedRule),
            D(RuleIds.PlanPastTerm, PlanningRuleTexts.PlanPastTermTitle, RuleCategory.Consistency, Severity.Warning, PlanningRuleTexts.PlanPastTerm),
            D(RuleIds.UnknownConceptVersion, PlanningRuleTexts.UnknownConceptVersionTitle, RuleCategory.Consistency, Severity.Error, PlanningRuleTexts.UnknownConceptVersion),
            D(RuleIds.IndicatorLevelMismatch, PlanningRuleTexts.IndicatorLevelMismatchTitle, RuleCategory.Consistency, Severity.Warning, PlanningRuleTexts.IndicatorLevelMismatch),
            D(RuleIds.OverdueMeasure, RuleTexts.OverdueMeasureTitle, RuleCategory.Evaluation, Severity.Warning, RuleTexts.OverdueMeasure),
            D(RuleIds.IndicatorBehindPlan, RuleTexts.IndicatorBehindPlanTitle, RuleCategory.Evaluation, Severity.Info, RuleTexts.IndicatorBehindPlan,
                RuleParameter.Number(YellowTolerancePercent, 10m, RuleTexts.YellowTolerance, minimum: 0m)),
            D(RuleIds.IndicatorOffTrack, RuleTexts.IndicatorOffTrackTitle, RuleCategory.Evaluation, Severity.Warning, RuleTexts.IndicatorOffTrack,
                RuleParameter.Number(RedTolerancePercent, 25m, RuleTexts.RedTolerance, minimum: 0m)),
            D(RuleIds.StaleIndicatorData, PlanningRuleTexts.StaleIndicatorDataTitle, RuleCategory.Evaluation, Severity.Warning, PlanningRuleTexts.StaleIndicatorData,
                RuleParameter.Number(MaxAgeMonths, 24m, PlanningRuleTexts.MaxAgeMonths, minimum: 1m)),
            D(RuleIds.TargetReached, PlanningRuleTexts.TargetReachedTitle, RuleCategory.Evaluation, Severity.Info, PlanningRuleTexts.TargetReached),
            D(RuleIds.TargetMissed, PlanningRuleTexts.TargetMissedTitle, RuleCategory.Evaluation, Severity.Warning, PlanningRuleTexts.TargetMissed),
            D(RuleIds.RecordedStatus, PlanningRuleTexts.RecordedStatusTitle, RuleCategory.Evaluation, Severity.Info, PlanningRuleTexts.RecordedStatus));
        ById = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var descriptor in All)
        {
            ById.Add(descriptor.Id, descriptor);
        }
    }

    /// <summary>The name of IC4002's parameter: deviation (in percent of the planned change) above which an indicator is yellow; default 10.</summary>
    public const string YellowTolerancePercent = "yellowTolerancePercent";

    /// <summary>The name of IC4003's parameter: deviation (in percent of the planned change) above which an indicator is red; default 25.</summary>
    public const string RedTolerancePercent = "redTolerancePercent";

    /// <summary>The name of IC4004's parameter: the age in months above which the latest measurement is stale (default 24).</summary>
    public const string MaxAgeMonths = "maxAgeMonths";

    /// <summary>Gets every built-in rule, in id order.</summary>
    public static ImmutableArray<RuleDescriptor> All { get; }

    /// <summary>Gets a built-in rule by id.</summary>
    /// <param name="ruleId">The id, such as "IC1002".</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="RuleSetException">No built-in rule has this id.</exception>
    public static RuleDescriptor Get(string ruleId)
        => TryGet(ruleId, out var descriptor)
            ? descriptor
            : throw new RuleSetException(ruleId ?? string.Empty, null, $"There is no built-in rule {ruleId}.");

    /// <summary>Looks up a built-in rule by id.</summary>
    /// <param name="ruleId">The id.</param>
    /// <param name="descriptor">The descriptor, when found.</param>
    /// <returns><see langword="true"/> when a built-in rule has this id.</returns>
    public static bool TryGet(string ruleId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RuleDescriptor? descriptor)
    {
        descriptor = null;
        return ruleId is not null && ById.TryGetValue(ruleId, out descriptor);
    }

    private static RuleDescriptor D(string id, LocalizedText title, RuleCategory category, Severity severity, LocalizedText template, params RuleParameter[] parameters)
        => new(id, title, category, severity, template, parameters);
}
