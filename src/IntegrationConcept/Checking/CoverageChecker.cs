using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Rules.BuiltIn;
using NodaTime;

namespace IntegrationConcept.Checking;

/// <summary>
/// Checks district plans against a city concept with a rule set and returns immutable reports: findings,
/// graded coverage per goal, action field and principle, and feedback for the city concept.
/// </summary>
/// <remarks>
/// <para>
/// A checker is immutable and thread-safe; create it once per rule set and reuse it. A check costs time linear in
/// both documents: indexes of the concept are built once per concept instance and reused across plans, those of a
/// plan once per check, and findings are sorted once at the end.
/// </para>
/// <para>
/// Grading: a city goal is <see cref="CoverageGrade.Covered"/> when a district goal refines it and is operational
/// (a measure serving the district goal has a carrier and a period, and an indicator on the goal or its measures
/// has a baseline and a target); <see cref="CoverageGrade.PartlyCovered"/> when refined but not operational;
/// <see cref="CoverageGrade.Uncovered"/> when not refined; <see cref="CoverageGrade.OutOfScope"/> when the plan
/// declares it (or its action field) out of scope. An out-of-scope declaration wins over a refinement, and an
/// unjustified declaration still takes the element out of scope but is reported (IC3009, an error by default).
/// A goal with sub-goals takes the best grade of itself and its sub-goals.
/// </para>
/// <para>
/// Suppressions: a finding whose rule id and element id match a justified suppression of the plan stays in the
/// report, marked suppressed, and does not count towards <see cref="CoverageReport.HasErrors"/>. An unjustified
/// suppression suppresses nothing (IC3010). The plan as a whole is named by the district's name, the concept
/// reference by the version label the plan takes up.
/// </para>
/// </remarks>
public sealed class CoverageChecker
{
    private readonly ActiveRule[] _rules;

    /// <summary>Creates a checker.</summary>
    /// <param name="ruleSet">The rule set; <see langword="null"/> for <see cref="RuleSet.Default"/>.</param>
    public CoverageChecker(RuleSet? ruleSet = null)
    {
        RuleSet = ruleSet ?? RuleSet.Default;
        var rules = new List<ActiveRule>();
        foreach (var rule in BuiltInRules.All)
        {
            Add(rules, rule, builtIn: true);
        }

        foreach (var rule in RuleSet.CustomRules)
        {
            Add(rules, rule, builtIn: false);
        }

        _rules = rules.ToArray();
        var byId = (ActiveRule[])_rules.Clone();
        Array.Sort(byId, static (a, b) => string.CompareOrdinal(a.Rule.Descriptor.Id, b.Rule.Descriptor.Id));
        for (var i = 0; i < byId.Length; i++)
        {
            byId[i].Rank = i;
        }
    }

    /// <summary>Gets the rule set.</summary>
    public RuleSet RuleSet { get; }

    /// <summary>Checks one district plan against a city concept at an evaluation date.</summary>
    /// <param name="concept">The city concept.</param>
    /// <param name="plan">The district plan.</param>
    /// <param name="evaluationDate">The date to evaluate at: overdue measures and indicator progress are judged at it.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="concept"/> or <paramref name="plan"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">A custom rule threw; the message names the rule, the inner exception is the cause.</exception>
    public CoverageReport Check(CityConcept concept, DistrictPlan plan, LocalDate evaluationDate)
    {
        Guard.NotNull(concept);
        Guard.NotNull(plan);
        return Check(ConceptIndex.For(concept), plan, evaluationDate);
    }

    /// <summary>Checks one district plan at today's date in a time zone, read from a clock.</summary>
    /// <param name="concept">The city concept.</param>
    /// <param name="plan">The district plan.</param>
    /// <param name="clock">The clock, such as <c>SystemClock.Instance</c> in an application or a fake clock in tests.</param>
    /// <param name="zone">The time zone whose calendar date is the evaluation date, such as <c>Europe/Berlin</c>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public CoverageReport Check(CityConcept concept, DistrictPlan plan, IClock clock, DateTimeZone zone)
        => Check(concept, plan, Today(clock, zone));

    /// <summary>Checks several district plans against one city concept and combines them into a matrix.</summary>
    /// <param name="concept">The city concept.</param>
    /// <param name="plans">The district plans, in the order the matrix lists them.</param>
    /// <param name="evaluationDate">The date to evaluate at.</param>
    /// <returns>The matrix with each district's report and the combined coverage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="concept"/>, <paramref name="plans"/> or one of the plans is <see langword="null"/>.</exception>
    /// <remarks>
    /// The concept is indexed once and shared by every plan's check; the work grows linearly with the plans. The
    /// matrix keeps every district's full report (its findings, grades and feedback), so all of them stay alive until
    /// the matrix is dropped. With background (concurrent) collections on, the .NET default, the runtime copies that
    /// growing set of reports between generations many times: at a million elements in ~4,000 plans about half of the
    /// time. An application that checks thousands of plans in one process may do better with
    /// <c>&lt;ConcurrentGarbageCollection&gt;false&lt;/ConcurrentGarbageCollection&gt;</c> (or server GC) in its
    /// project file; measure it in that application.
    /// </remarks>
    public CoverageMatrix CheckAll(CityConcept concept, IEnumerable<DistrictPlan> plans, LocalDate evaluationDate)
    {
        Guard.NotNull(concept);
        Guard.NotNull(plans);
        var index = ConceptIndex.For(concept);
        var reports = new List<CoverageReport>();
        foreach (var plan in plans)
        {
            reports.Add(Check(index, plan ?? throw new ArgumentNullException(nameof(plans), "A plan in the list is null."), evaluationDate));
        }

        return CoverageMatrix.Combine(concept, reports, evaluationDate);
    }

    /// <summary>Checks several district plans at today's date in a time zone, read from a clock.</summary>
    /// <param name="concept">The city concept.</param>
    /// <param name="plans">The district plans.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="zone">The time zone whose calendar date is the evaluation date.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public CoverageMatrix CheckAll(CityConcept concept, IEnumerable<DistrictPlan> plans, IClock clock, DateTimeZone zone)
        => CheckAll(concept, plans, Today(clock, zone));

    private static LocalDate Today(IClock clock, DateTimeZone zone)
    {
        Guard.NotNull(clock);
        Guard.NotNull(zone);
        return clock.GetCurrentInstant().InZone(zone).Date;
    }

    private void Add(List<ActiveRule> rules, ICoverageRule rule, bool builtIn)
    {
        var id = rule.Descriptor.Id;
        if (RuleSet.IsEnabled(id))
        {
            rules.Add(new ActiveRule(rule, RuleSet.SeverityOf(id), RuleSet.ParametersOf(id), builtIn));
        }
    }

    private CoverageReport Check(ConceptIndex index, DistrictPlan plan, LocalDate evaluationDate)
    {
        var check = new PlanCheck(index, plan, evaluationDate, RuleSet);
        var findings = new FindingBuffer();
        foreach (var active in _rules)
        {
            // Built-in and custom rules get the same context and sink; only a custom rule's failure is wrapped.
            var sink = new FindingSink(active.Rule.Descriptor, active.Severity, findings, active.Rank);
            try
            {
                active.Rule.Check(new RuleContext(check, active.Parameters), sink);
            }
            catch (Exception e) when (!active.IsBuiltIn && e is not OutOfMemoryException)
            {
                throw new InvalidOperationException($"The custom rule {active.Rule.Descriptor.Id} failed on the district plan '{plan.Title}': {e.Message}", e);
            }
        }

        ApplySuppressions(plan, findings);
        return new CoverageReport(
            plan.District.Name,
            plan.Title,
            index.Concept.Municipality.Name,
            index.Concept.Title,
            index.Concept.Version.Label,
            plan.Concept.VersionLabel,
            evaluationDate,
            RuleSet.Name,
            findings.Sort(),
            ImmutableCollectionsMarshal.AsImmutableArray(check.Grading.Goals),
            ImmutableCollectionsMarshal.AsImmutableArray(check.Grading.ActionFields),
            ImmutableCollectionsMarshal.AsImmutableArray(check.Grading.Principles),
            Feedback(check.Grading, plan));
    }

    private static void ApplySuppressions(DistrictPlan plan, FindingBuffer findings)
    {
        if (plan.Suppressions.Count == 0)
        {
            return;
        }

        // Per suppressed rule id, its justified element ids: a finding of a rule nobody suppresses costs one
        // comparison of its rule id with the few suppressed ones (usually the same interned string), no hashing.
        var ruleIds = new List<string>();
        var byRule = new List<Dictionary<string, string>>();
        foreach (var suppression in plan.Suppressions)
        {
            if (suppression.IsJustified)
            {
                var r = IndexOf(ruleIds, suppression.RuleId);
                if (r < 0)
                {
                    r = ruleIds.Count;
                    ruleIds.Add(suppression.RuleId);
                    byRule.Add(new Dictionary<string, string>(StringComparer.Ordinal));
                }

                byRule[r].TryAdd(suppression.ElementId, suppression.Justification);
            }
        }

        if (ruleIds.Count == 0)
        {
            return;
        }

        for (var i = 0; i < findings.Count; i++)
        {
            var finding = findings[i];
            if (finding.Subject.Id is { } id && IndexOf(ruleIds, finding.RuleId) is var r and >= 0 && byRule[r].TryGetValue(id, out var justification))
            {
                findings[i] = finding.Suppress(justification);
            }
        }
    }

    private static int IndexOf(List<string> ruleIds, string ruleId)
    {
        for (var i = 0; i < ruleIds.Count; i++)
        {
            if (string.Equals(ruleIds[i], ruleId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static ConceptFeedback Feedback(Grading grading, DistrictPlan plan)
    {
        var deficits = new List<Deficit>();
        for (var i = 0; i < grading.Goals.Length; i++)
        {
            var goal = grading.Goals[i];
            if (goal.Grade is CoverageGrade.Uncovered or CoverageGrade.PartlyCovered)
            {
                deficits.Add(new Deficit(goal.GoalId, goal.ActionFieldId, goal.Text, goal.Grade, grading.GoalReasons[i]));
            }
        }

        var potentials = new List<Potential>();
        foreach (var goal in plan.Goals)
        {
            if (goal.IsDistrictSpecific || goal.RefinedGoalIds.Count == 0)
            {
                potentials.Add(new Potential(goal.Id, goal.Text, goal.ActionFieldId));
            }
        }

        return new ConceptFeedback(deficits, potentials);
    }
}
