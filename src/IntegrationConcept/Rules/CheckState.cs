using System.Collections.Generic;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering;
using IntegrationConcept.Results;
using NodaTime;

namespace IntegrationConcept.Rules;

/// <summary>
/// Everything one check of one plan needs, built once and linear in both documents: the plan's indexes, what each
/// district goal has towards being operational, the out-of-scope declarations, and the graded coverage.
/// </summary>
internal sealed class CheckState
{
    // Reasons shared by every goal that has them: messages and lists are immutable.
    private static readonly LocalizedMessage NoRefinement = new(Terms.ReasonNoRefinement);
    private static readonly ValueList<LocalizedMessage> NoReasons = new(null);
    private static readonly ValueList<LocalizedMessage> NoRefinementReasons = new(new[] { NoRefinement });

    public CheckState(ConceptIndex conceptIndex, DistrictPlan plan, LocalDate evaluationDate, RuleSet ruleSet)
    {
        ConceptIndex = conceptIndex;
        Concept = conceptIndex.Concept;
        Plan = plan;
        EvaluationDate = evaluationDate;
        RuleSet = ruleSet;
        PlanGoals = Positions(plan.Goals);
        PlanIndicators = Positions(plan.Indicators);
        IndicatorHas = IndicatorCriteria(plan.Indicators);
        BuildMeasureIndex();
        BuildRefinerIndex();
        ReadOutOfScope();
        Grade();
    }

    public ConceptIndex ConceptIndex { get; }

    public CityConcept Concept { get; }

    public DistrictPlan Plan { get; }

    public LocalDate EvaluationDate { get; }

    public RuleSet RuleSet { get; }

    public Dictionary<ElementId<DistrictGoal>, int> PlanGoals { get; }

    public Dictionary<ElementId<Indicator>, int> PlanIndicators { get; }

    public Dictionary<ElementId<Measure>, int>? PlanMeasures { get; private set; }

    public Criteria[] IndicatorHas { get; }

    /// <summary>Per district goal: what it has towards being operational.</summary>
    public Criteria[] GoalHas { get; private set; } = [];

    /// <summary>Per district goal: how many measures serve it.</summary>
    public int[] GoalMeasureCount { get; private set; } = [];

    public int[] MeasureOffsets { get; private set; } = [];

    public Measure[] MeasuresByGoal { get; private set; } = [];

    public int[] RefinerOffsets { get; private set; } = [];

    public DistrictGoal[] RefinersByCityGoal { get; private set; } = [];

    public int[] RefinerPositions { get; private set; } = [];

    public string?[] GoalOutOfScope { get; private set; } = [];

    public string?[] ActionFieldOutOfScope { get; private set; } = [];

    public string?[] PrincipleOutOfScope { get; private set; } = [];

    public GoalCoverage[] Goals { get; private set; } = [];

    public ValueList<LocalizedMessage>[] GoalReasons { get; private set; } = [];

    public ActionFieldCoverage[] ActionFields { get; private set; } = [];

    public PrincipleCoverage[] Principles { get; private set; } = [];

    public string PlanId => Plan.District.Name;

    public ElementReference PlanReference => new(DocumentKind.DistrictPlan, ElementKind.DistrictPlan, PlanId);

    public ElementReference RefGoal(int i) => new(DocumentKind.CityConcept, ElementKind.Goal, Concept.Goals[i].Id.Value, i);

    public ElementReference RefActionField(int i) => new(DocumentKind.CityConcept, ElementKind.ActionField, Concept.ActionFields[i].Id.Value, i);

    public ElementReference RefPrinciple(int i) => new(DocumentKind.CityConcept, ElementKind.Principle, Concept.Principles[i].Id.Value, i);

    public ElementReference RefDistrictGoal(int i, string? member = null) => new(DocumentKind.DistrictPlan, ElementKind.DistrictGoal, Plan.Goals[i].Id.Value, i, member);

    public ElementReference RefMeasure(int i, string? member = null) => new(DocumentKind.DistrictPlan, ElementKind.Measure, Plan.Measures[i].Id.Value, i, member);

    public ElementReference RefIndicator(int i, string? member = null) => new(DocumentKind.DistrictPlan, ElementKind.Indicator, Plan.Indicators[i].Id.Value, i, member);

    public ElementReference RefObservation(int i, string? member = null) => new(DocumentKind.DistrictPlan, ElementKind.Observation, Plan.Observations[i].Id.Value, i, member);

    public ElementReference RefOutOfScope(int i) => new(DocumentKind.DistrictPlan, ElementKind.OutOfScopeDeclaration, Plan.OutOfScope[i].ElementId, i);

    public ElementReference RefSuppression(int i) => new(DocumentKind.DistrictPlan, ElementKind.Suppression, Plan.Suppressions[i].ElementId, i);

    public ElementReference RefConceptReference(string member) => new(DocumentKind.DistrictPlan, ElementKind.ConceptReference, Plan.Concept.VersionLabel, null, member);

    public Dictionary<ElementId<Measure>, int> MeasurePositions()
        => PlanMeasures ??= Positions(Plan.Measures);

    private static Dictionary<ElementId<T>, int> Positions<T>(ElementCollection<T> elements)
        where T : class, IElement<T>
    {
        var positions = new Dictionary<ElementId<T>, int>(elements.Count);
        for (var i = 0; i < elements.Count; i++)
        {
            positions.TryAdd(elements[i].Id, i);
        }

        return positions;
    }

    /// <summary>Makes an id from a document's text without throwing: blank text or text with outer white space names nothing.</summary>
    public static bool TryId<T>(string? text, out ElementId<T> id)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length != text.Length)
        {
            id = default;
            return false;
        }

        id = new ElementId<T>(text);
        return true;
    }

    private static Criteria[] IndicatorCriteria(ElementCollection<Indicator> indicators)
    {
        var has = new Criteria[indicators.Count];
        for (var i = 0; i < has.Length; i++)
        {
            var indicator = indicators[i];
            var flags = Criteria.Indicator;
            var baseline = indicator.Baseline is not null;
            var target = indicator.Targets.Count > 0;
            if (baseline)
            {
                flags |= Criteria.Baseline;
            }

            if (target)
            {
                flags |= Criteria.Target;
            }

            if (baseline && target)
            {
                flags |= Criteria.BaselineAndTarget;
            }

            has[i] = flags;
        }

        return has;
    }

    private Criteria IndicatorsHave(ValueList<ElementId<Indicator>> ids)
    {
        var flags = Criteria.None;
        foreach (var id in ids)
        {
            if (PlanIndicators.TryGetValue(id, out var position))
            {
                flags |= IndicatorHas[position];
            }
        }

        return flags;
    }

    private void BuildMeasureIndex()
    {
        var goals = Plan.Goals;
        var measures = Plan.Measures;
        var has = new Criteria[goals.Count];
        var counts = new int[goals.Count];
        for (var i = 0; i < goals.Count; i++)
        {
            has[i] = IndicatorsHave(goals[i].IndicatorIds);
        }

        // One flat array of served goal positions (measure by measure) instead of an array per measure.
        var refCount = 0;
        for (var m = 0; m < measures.Count; m++)
        {
            refCount += measures[m].GoalIds.Count;
        }

        var served = new int[refCount];
        var next = 0;
        for (var m = 0; m < measures.Count; m++)
        {
            var measure = measures[m];
            // A cancelled measure still serves its goal on paper, but its carrier and period no longer make it operational.
            var active = measure.Status != MeasureStatus.Cancelled;
            var flags = Criteria.Measure | IndicatorsHave(measure.IndicatorIds) | (active ? Criteria.ActiveMeasure : Criteria.None);
            var carrier = active && measure.HasCarrier;
            var period = active && measure.Period is not null;
            if (carrier)
            {
                flags |= Criteria.Carrier;
            }

            if (period)
            {
                flags |= Criteria.Period;
            }

            if (carrier && period)
            {
                flags |= Criteria.CarrierAndPeriod;
            }

            foreach (var goalId in measure.GoalIds)
            {
                var g = PlanGoals.TryGetValue(goalId, out var position) ? position : -1;
                served[next++] = g;
                if (g >= 0)
                {
                    has[g] |= flags;
                    counts[g]++;
                }
            }
        }

        var offsets = new int[goals.Count + 1];
        for (var i = 0; i < goals.Count; i++)
        {
            offsets[i + 1] = offsets[i] + counts[i];
        }

        var items = new Measure[offsets[goals.Count]];
        var fill = (int[])offsets.Clone();
        next = 0;
        for (var m = 0; m < measures.Count; m++)
        {
            for (var k = 0; k < measures[m].GoalIds.Count; k++)
            {
                var g = served[next++];
                if (g >= 0)
                {
                    items[fill[g]++] = measures[m];
                }
            }
        }

        GoalHas = has;
        GoalMeasureCount = counts;
        MeasureOffsets = offsets;
        MeasuresByGoal = items;
    }

    private void BuildRefinerIndex()
    {
        var cityGoals = ConceptIndex.Goals;
        var counts = new int[Concept.Goals.Count];
        var goals = Plan.Goals;
        foreach (var goal in goals)
        {
            foreach (var refined in goal.RefinedGoalIds)
            {
                if (cityGoals.TryGetValue(refined, out var c))
                {
                    counts[c]++;
                }
            }
        }

        var offsets = new int[counts.Length + 1];
        for (var i = 0; i < counts.Length; i++)
        {
            offsets[i + 1] = offsets[i] + counts[i];
        }

        var items = new DistrictGoal[offsets[counts.Length]];
        var positions = new int[items.Length];
        var fill = (int[])offsets.Clone();
        for (var d = 0; d < goals.Count; d++)
        {
            foreach (var refined in goals[d].RefinedGoalIds)
            {
                if (cityGoals.TryGetValue(refined, out var c))
                {
                    positions[fill[c]] = d;
                    items[fill[c]++] = goals[d];
                }
            }
        }

        RefinerOffsets = offsets;
        RefinersByCityGoal = items;
        RefinerPositions = positions;
    }

    private void ReadOutOfScope()
    {
        var goals = new string?[Concept.Goals.Count];
        var fields = new string?[Concept.ActionFields.Count];
        var principles = new string?[Concept.Principles.Count];
        foreach (var declaration in Plan.OutOfScope)
        {
            switch (declaration.Kind)
            {
                case ElementKind.Goal when TryId<Goal>(declaration.ElementId, out var goalId) && ConceptIndex.Goals.TryGetValue(goalId, out var g):
                    goals[g] = declaration.Justification;
                    break;
                case ElementKind.ActionField when TryId<ActionField>(declaration.ElementId, out var fieldId) && ConceptIndex.ActionFields.TryGetValue(fieldId, out var f):
                    fields[f] = declaration.Justification;
                    break;
                case ElementKind.Principle when TryId<Principle>(declaration.ElementId, out var principleId) && ConceptIndex.Principles.TryGetValue(principleId, out var p):
                    principles[p] = declaration.Justification;
                    break;
            }
        }

        // A goal of an out-of-scope action field is out of scope with the field's justification.
        for (var i = 0; i < goals.Length; i++)
        {
            var field = ConceptIndex.GoalActionField[i];
            if (goals[i] is null && field >= 0 && fields[field] is { } justification)
            {
                goals[i] = justification;
            }
        }

        GoalOutOfScope = goals;
        ActionFieldOutOfScope = fields;
        PrincipleOutOfScope = principles;
    }

    private void Grade()
    {
        var n = Concept.Goals.Count;
        var grade = new CoverageGrade[n];
        var best = new int[n];
        var through = new int[n];
        for (var i = 0; i < n; i++)
        {
            best[i] = -1;
            through[i] = -1;
            if (GoalOutOfScope[i] is not null)
            {
                grade[i] = CoverageGrade.OutOfScope;
                continue;
            }

            grade[i] = CoverageGrade.Uncovered;
            var bestDistance = int.MaxValue;
            for (var k = RefinerOffsets[i]; k < RefinerOffsets[i + 1]; k++)
            {
                var d = RefinerPositions[k];
                var has = GoalHas[d];
                if (has.IsOperational())
                {
                    grade[i] = CoverageGrade.Covered;
                    best[i] = d;
                    break;
                }

                grade[i] = CoverageGrade.PartlyCovered;
                var distance = has.Distance();
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best[i] = d;
                }
            }
        }

        // A goal takes the best grade of its sub-goals: visit sub-goals before their parents.
        foreach (var i in ConceptIndex.GoalsBottomUp)
        {
            var parent = ConceptIndex.GoalParent[i];
            if (parent >= 0 && grade[i] != CoverageGrade.OutOfScope && grade[parent] != CoverageGrade.OutOfScope && grade[i] < grade[parent])
            {
                grade[parent] = grade[i];
                best[parent] = best[i];
                through[parent] = through[i] >= 0 ? through[i] : i;
            }
        }

        var coverages = new GoalCoverage[n];
        var reasons = new ValueList<LocalizedMessage>[n];
        var fieldCounts = new int[Concept.ActionFields.Count, 4];
        for (var i = 0; i < n; i++)
        {
            var goal = Concept.Goals[i];
            var refinerCount = RefinerOffsets[i + 1] - RefinerOffsets[i];
            ElementId<DistrictGoal>[]? refiners = null;
            if (refinerCount > 0)
            {
                refiners = new ElementId<DistrictGoal>[refinerCount];
                for (var k = 0; k < refiners.Length; k++)
                {
                    refiners[k] = RefinersByCityGoal[RefinerOffsets[i] + k].Id;
                }
            }

            List<MissingCriterion>? missing = null;
            LocalizedMessage? first = null;
            if (grade[i] == CoverageGrade.PartlyCovered)
            {
                missing = GoalHas[best[i]].Missing();
                first = new LocalizedMessage(Terms.ReasonNotOperational, new[]
                {
                    MessageArgument.FromText(Plan.Goals[best[i]].Id.Value),
                    MessageArgument.FromLocalizedList(missing.ConvertAll(Terms.Criterion)),
                });
            }
            else if (grade[i] == CoverageGrade.Uncovered)
            {
                first = NoRefinement;
            }

            if (through[i] >= 0 && grade[i] != CoverageGrade.Uncovered)
            {
                var viaSubGoal = new LocalizedMessage(Terms.ReasonThroughSubGoal, new[] { MessageArgument.FromText(Concept.Goals[through[i]].Id.Value) });
                reasons[i] = new ValueList<LocalizedMessage>(first is null ? new[] { viaSubGoal } : new[] { first, viaSubGoal });
            }
            else
            {
                reasons[i] = first is null ? NoReasons : ReferenceEquals(first, NoRefinement) ? NoRefinementReasons : new ValueList<LocalizedMessage>(new[] { first });
            }

            coverages[i] = new GoalCoverage(goal.Id, goal.ActionFieldId, goal.Text, grade[i], refiners, missing, GoalOutOfScope[i]);
            var field = ConceptIndex.GoalActionField[i];
            if (field >= 0)
            {
                fieldCounts[field, (int)grade[i]]++;
            }
        }

        Goals = coverages;
        GoalReasons = reasons;
        GradeActionFields(fieldCounts);
        GradePrinciples();
    }

    private void GradeActionFields(int[,] counts)
    {
        var fields = new ActionFieldCoverage[Concept.ActionFields.Count];
        for (var f = 0; f < fields.Length; f++)
        {
            var field = Concept.ActionFields[f];
            var tally = new CoverageCounts(counts[f, 0], counts[f, 1], counts[f, 2], counts[f, 3]);
            CoverageGrade grade;
            if (ActionFieldOutOfScope[f] is not null || (tally.Total > 0 && tally.InScope == 0))
            {
                grade = CoverageGrade.OutOfScope;
            }
            else if (tally.InScope > 0 && tally.Covered == tally.InScope)
            {
                grade = CoverageGrade.Covered;
            }
            else if (tally.Covered + tally.PartlyCovered > 0)
            {
                grade = CoverageGrade.PartlyCovered;
            }
            else
            {
                grade = CoverageGrade.Uncovered;
            }

            fields[f] = new ActionFieldCoverage(field.Id, field.Name, field.EnglishName, grade, tally);
        }

        ActionFields = fields;
    }

    private void GradePrinciples()
    {
        var index = ConceptIndex.Principles;
        var applying = new List<ElementId<Measure>>?[Concept.Principles.Count];
        foreach (var measure in Plan.Measures)
        {
            if (measure.Status == MeasureStatus.Cancelled)
            {
                continue; // a cancelled measure applies no principle
            }

            foreach (var id in measure.PrincipleIds)
            {
                if (index.TryGetValue(id, out var p))
                {
                    (applying[p] ??= new List<ElementId<Measure>>()).Add(measure.Id);
                }
            }
        }

        var principles = new PrincipleCoverage[applying.Length];
        for (var p = 0; p < principles.Length; p++)
        {
            var principle = Concept.Principles[p];
            var grade = PrincipleOutOfScope[p] is not null ? CoverageGrade.OutOfScope
                : applying[p] is not null ? CoverageGrade.Covered
                : CoverageGrade.Uncovered;
            principles[p] = new PrincipleCoverage(principle.Id, principle.Name, grade, applying[p]);
        }

        Principles = principles;
    }
}
