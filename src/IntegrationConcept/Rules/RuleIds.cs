namespace IntegrationConcept.Rules;

/// <summary>
/// Constants for the stable ids of the built-in rules, for code that names a rule (rule sets, suppressions,
/// tests). The first digit names the category: IC1xxx coverage, IC2xxx operationalisation, IC3xxx consistency,
/// IC4xxx evaluation. Ids never change meaning.
/// </summary>
/// <remarks>
/// Each rule declares its own id in its descriptor; <see cref="RuleCatalog"/> lists them all, and every API that takes
/// a rule takes its id as a string. A constant here is a convenience for callers, not part of adding a rule: a rule
/// runs, is documented and is tracked as shipped without one. A test checks that every constant here names a
/// registered rule, so a constant cannot outlive its rule.
/// </remarks>
public static class RuleIds
{
    /// <summary>IC1001: an action field none of whose in-scope goals is covered or partly covered.</summary>
    public const string UncoveredActionField = "IC1001";

    /// <summary>IC1002: a city goal that no district goal refines.</summary>
    public const string UncoveredGoal = "IC1002";

    /// <summary>IC1003: a city goal that is refined but not operational; the message names what is missing.</summary>
    public const string PartlyCoveredGoal = "IC1003";

    /// <summary>IC1004: a principle that no measure applies.</summary>
    public const string UnappliedPrinciple = "IC1004";

    /// <summary>IC1005: no measure reaches residents with and without a migration background together.</summary>
    public const string NoMixedParticipation = "IC1005";

    /// <summary>IC2001: a district goal that no measure serves.</summary>
    public const string GoalWithoutMeasure = "IC2001";

    /// <summary>IC2002: a measure with no carrier.</summary>
    public const string MeasureWithoutCarrier = "IC2002";

    /// <summary>IC2003: a measure with no period.</summary>
    public const string MeasureWithoutPeriod = "IC2003";

    /// <summary>IC2004: a district goal with no indicator, neither directly nor through its measures.</summary>
    public const string GoalWithoutIndicator = "IC2004";

    /// <summary>IC2005: an indicator with no baseline.</summary>
    public const string IndicatorWithoutBaseline = "IC2005";

    /// <summary>IC2006: an indicator with no target.</summary>
    public const string IndicatorWithoutTarget = "IC2006";

    /// <summary>IC2007: an indicator that does not say where its figures come from.</summary>
    public const string IndicatorWithoutDataSource = "IC2007";

    /// <summary>IC3001: a district goal that refines a goal the city concept does not have.</summary>
    public const string UnknownCityGoal = "IC3001";

    /// <summary>IC3002: a measure that applies a principle the city concept does not have.</summary>
    public const string UnknownPrinciple = "IC3002";

    /// <summary>IC3003: a measure that implements an approach the city concept does not have.</summary>
    public const string UnknownApproach = "IC3003";

    /// <summary>IC3004: a district goal or observation that names an action field the city concept does not have.</summary>
    public const string UnknownActionField = "IC3004";

    /// <summary>IC3005: an out-of-scope declaration that names a city element that does not exist.</summary>
    public const string UnknownOutOfScopeElement = "IC3005";

    /// <summary>IC3006: a measure whose period lies outside the plan's validity.</summary>
    public const string PeriodOutsidePlan = "IC3006";

    /// <summary>IC3007: a measure whose period lies outside the validity of the concept version.</summary>
    public const string PeriodOutsideConcept = "IC3007";

    /// <summary>IC3008: an indicator whose target contradicts its direction.</summary>
    public const string TargetContradictsDirection = "IC3008";

    /// <summary>IC3009: an out-of-scope declaration with no justification (it still takes the element out of scope).</summary>
    public const string UnjustifiedOutOfScope = "IC3009";

    /// <summary>IC3010: a suppression with no justification (it suppresses nothing).</summary>
    public const string UnjustifiedSuppression = "IC3010";

    /// <summary>IC3011: the plan takes up another version of the concept than the one checked against.</summary>
    public const string OutdatedConceptVersion = "IC3011";

    /// <summary>IC3012: the plan takes up the concept of another municipality.</summary>
    public const string OtherMunicipality = "IC3012";

    /// <summary>IC3013: a suppression that names a rule the rule set does not know.</summary>
    public const string UnknownSuppressedRule = "IC3013";

    /// <summary>IC4001: a measure whose end has passed at the evaluation date and that is neither completed nor cancelled.</summary>
    public const string OverdueMeasure = "IC4001";

    /// <summary>IC4002: an indicator behind its planned path beyond the yellow tolerance (traffic light yellow).</summary>
    public const string IndicatorBehindPlan = "IC4002";

    /// <summary>IC4003: an indicator behind its planned path beyond the red tolerance (traffic light red).</summary>
    public const string IndicatorOffTrack = "IC4003";

    /// <summary>IC1006: a recorded need (an observation of kind need) that no district goal answers.</summary>
    public const string UnaddressedNeed = "IC1006";

    /// <summary>IC1007: a target group of the plan that no measure running at the evaluation date reaches.</summary>
    public const string UnreachedTargetGroup = "IC1007";

    /// <summary>IC2008: a measure without a lead office (Federführung) in the administration.</summary>
    public const string MeasureWithoutLeadOffice = "IC2008";

    /// <summary>IC2009: a measure without any budget entry (information by default).</summary>
    public const string MeasureWithoutBudget = "IC2009";

    /// <summary>IC3014: the plan's term ended before the evaluation date.</summary>
    public const string PlanPastTerm = "IC3014";

    /// <summary>IC3015: the plan takes up a version the city concept does not have (neither current nor earlier).</summary>
    public const string UnknownConceptVersion = "IC3015";

    /// <summary>IC3016: an indicator of a district goal or measure measured at another spatial level than the district (the city, the Land, or sub-areas that are not the district's).</summary>
    public const string IndicatorLevelMismatch = "IC3016";

    /// <summary>IC4004: the latest measurement of an indicator is older than the parameter's number of months (default 24) at the evaluation date.</summary>
    public const string StaleIndicatorData = "IC4004";

    /// <summary>IC4005: the final target date has passed and the target was reached (Zielwert erreicht).</summary>
    public const string TargetReached = "IC4005";

    /// <summary>IC4006: the final target date has passed and the target was missed (Zielwert verfehlt).</summary>
    public const string TargetMissed = "IC4006";

    /// <summary>IC4007: the implementation status the planners recorded for a district goal, beside the computed coverage (information).</summary>
    public const string RecordedStatus = "IC4007";
}
