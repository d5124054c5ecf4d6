using IntegrationConcept.Model;
using IntegrationConcept.Results;
using NodaTime;

namespace IntegrationConcept.Rules;

/// <summary>
/// What one check of one plan builds once and every rule reads through its <see cref="RuleContext"/>: the indexes
/// of both documents, the out-of-scope declarations and the graded coverage.
/// </summary>
internal sealed class PlanCheck
{
    public PlanCheck(ConceptIndex conceptIndex, DistrictPlan plan, LocalDate evaluationDate, RuleSet ruleSet)
    {
        ConceptIndex = conceptIndex;
        Plan = plan;
        EvaluationDate = evaluationDate;
        RuleSet = ruleSet;
        PlanIndex = new PlanIndex(plan);
        Refiners = new RefinerIndex(conceptIndex, plan);
        Grading = new Grading(conceptIndex, PlanIndex, Refiners, new ScopeDeclarations(conceptIndex, plan));
    }

    public ConceptIndex ConceptIndex { get; }

    public CityConcept Concept => ConceptIndex.Concept;

    public DistrictPlan Plan { get; }

    public LocalDate EvaluationDate { get; }

    public RuleSet RuleSet { get; }

    public PlanIndex PlanIndex { get; }

    public RefinerIndex Refiners { get; }

    public Grading Grading { get; }

    /// <summary>Gets the read-only views of the coverage, made on first use and shared by every rule of the check.</summary>
    public CoverageViews Views => _views ??= new CoverageViews(Grading);

    /// <summary>Gets where each indicator of the plan stands at the evaluation date, worked out on first use and shared by every rule of the check.</summary>
    public IndicatorStates IndicatorStates => _indicatorStates ??= new IndicatorStates(
        Plan.Indicators,
        EvaluationDate,
        RuleSet.ParametersOf(RuleIds.IndicatorBehindPlan).GetNumber(RuleCatalog.YellowTolerancePercent),
        RuleSet.ParametersOf(RuleIds.IndicatorOffTrack).GetNumber(RuleCatalog.RedTolerancePercent));

    /// <summary>Gets the shared subjects of the plan's elements, made on first use.</summary>
    public SharedSubjects Subjects => _subjects ??= new SharedSubjects(DocumentKind.DistrictPlan);

    private CoverageViews? _views;
    private SharedSubjects? _subjects;
    private IndicatorStates? _indicatorStates;
}
