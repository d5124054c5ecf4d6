using IntegrationConcept.Model;
using RulesEngine.Models;

namespace IntegrationConcept.Benchmarks.Peer;

/// <summary>
/// The peer a .NET user would pick instead of this library: the same core coverage rules as Microsoft RulesEngine
/// workflows (Dynamic LINQ expressions, compiled once and cached by the engine), evaluated over the same model.
/// </summary>
public sealed class RulesEnginePeer
{
    private const string CityGoalWorkflow = "CityGoalCoverage";
    private const string DistrictGoalWorkflow = "DistrictGoalRules";
    private const string MeasureWorkflow = "MeasureRules";
    private const string IndicatorWorkflow = "IndicatorRules";

    /// <summary>The condition "has a carrier", shared by two workflows.</summary>
    private const string Carrier = "m.Measure.Participations.Any(p => p.Role == ParticipationRole.Carrier)";

    private readonly RulesEngine.RulesEngine _engine;

    /// <summary>Creates the engine with the four workflows.</summary>
    public RulesEnginePeer()
    {
        Workflow[] workflows =
        [
            Workflow(CityGoalWorkflow,
                ("GoalIsRefined", "input1.IsOutOfScope || input1.Refiners.Count > 0"),
                ("GoalIsOperational",
                    "input1.IsOutOfScope || input1.Refiners.Count == 0 || input1.Refiners.Any(g =>"
                    + " g.Measures.Any(m => m.Measure.Status != MeasureStatus.Cancelled && " + Carrier + " && m.Measure.Period != null)"
                    + " && (g.Indicators.Any(i => i.Baseline != null && i.Targets.Count > 0)"
                    + " || g.Measures.Any(m => m.Indicators.Any(i => i.Baseline != null && i.Targets.Count > 0))))")),
            Workflow(DistrictGoalWorkflow, ("GoalHasMeasure", "input1.Measures.Count > 0")),
            Workflow(MeasureWorkflow,
                ("MeasureHasCarrier", "input1.Participations.Any(p => p.Role == ParticipationRole.Carrier)"),
                ("MeasureHasPeriod", "input1.Period != null")),
            Workflow(IndicatorWorkflow,
                ("IndicatorHasBaseline", "input1.Baseline != null"),
                ("IndicatorHasTarget", "input1.Targets.Count > 0"),
                ("IndicatorHasSource", "input1.DataSource != null && input1.DataSource.Trim() != \"\"")),
        ];
        _engine = new RulesEngine.RulesEngine(workflows, new ReSettings { CustomTypes = [typeof(ParticipationRole), typeof(MeasureStatus)] });
    }

    /// <summary>Evaluates every rule on every element of one plan and counts the failures.</summary>
    public PeerCounts Evaluate(CityConcept concept, DistrictPlan plan)
    {
        var facts = PlanFacts.Build(concept, plan);
        int uncovered = 0, partly = 0, goalsWithoutMeasure = 0, noCarrier = 0, noPeriod = 0, noBaseline = 0, noTarget = 0, noSource = 0;
        foreach (var goal in facts.CityGoals)
        {
            var results = Run(CityGoalWorkflow, goal);
            uncovered += results[0].IsSuccess ? 0 : 1;
            partly += results[1].IsSuccess ? 0 : 1;
        }

        foreach (var goal in facts.DistrictGoals)
        {
            goalsWithoutMeasure += Run(DistrictGoalWorkflow, goal)[0].IsSuccess ? 0 : 1;
        }

        foreach (var measure in plan.Measures)
        {
            var results = Run(MeasureWorkflow, measure);
            noCarrier += results[0].IsSuccess ? 0 : 1;
            noPeriod += results[1].IsSuccess ? 0 : 1;
        }

        foreach (var indicator in plan.Indicators)
        {
            var results = Run(IndicatorWorkflow, indicator);
            noBaseline += results[0].IsSuccess ? 0 : 1;
            noTarget += results[1].IsSuccess ? 0 : 1;
            noSource += results[2].IsSuccess ? 0 : 1;
        }

        return new PeerCounts(uncovered, partly, goalsWithoutMeasure, noCarrier, noPeriod, noBaseline, noTarget, noSource);
    }

    private List<RuleResultTree> Run(string workflow, object input)
    {
        // RulesEngine's API is asynchronous only; the rules themselves complete synchronously.
        var pending = _engine.ExecuteAllRulesAsync(workflow, input);
        return pending.IsCompleted ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }

    private static Workflow Workflow(string name, params (string Name, string Expression)[] rules) => new()
    {
        WorkflowName = name,
        Rules = rules.Select(r => new Rule
        {
            RuleName = r.Name,
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            Expression = r.Expression,
            ErrorMessage = r.Name + " failed",
        }).ToList(),
    };
}
