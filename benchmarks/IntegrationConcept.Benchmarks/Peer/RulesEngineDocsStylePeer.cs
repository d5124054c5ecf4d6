using System.Text.Json;
using IntegrationConcept.Model;
using RulesEngine.Models;

namespace IntegrationConcept.Benchmarks.Peer;

/// <summary>
/// Microsoft RulesEngine used as its README shows: workflows stored as JSON and deserialised, one
/// <c>ExecuteAllRulesAsync(workflow, inputs…)</c> call per element with the model's own objects as inputs, and the
/// joins written inside the rule expressions (<c>Any</c> over the plan's lists). The only C# besides the calls: the
/// ids of a city goal and its sub-goals in scope, because an expression cannot recurse. The joins make it quadratic
/// in the plan's size, so the benchmarks run it up to 10^5 elements only.
/// </summary>
public sealed class RulesEngineDocsStylePeer
{
    private const string Measurable = "input2.Indicators.Any(x => x.Id.Value == i.Value && x.Baseline != null && x.Targets.Count > 0)";
    private const string Refines = "d.RefinedGoalIds.Any(r => input3.Contains(r.Value))";
    private const string Serves = "m.GoalIds.Any(g => g.Value == d.Id.Value)";
    private const string OutOfScope = "input2.OutOfScope.Any(o => (o.Kind == ElementKind.Goal && o.ElementId == input1.Id.Value) || (o.Kind == ElementKind.ActionField && o.ElementId == input1.ActionFieldId.Value))";

    private static readonly string WorkflowsJson = JsonSerializer.Serialize(new object[]
    {
        new
        {
            WorkflowName = "CityGoalCoverage",
            Rules = new object[]
            {
                Rule("GoalIsRefined", $"{OutOfScope} || input2.Goals.Any(d => {Refines})"),
                Rule("GoalIsOperational",
                    $"{OutOfScope} || !input2.Goals.Any(d => {Refines}) || input2.Goals.Any(d => {Refines}"
                    + $" && input2.Measures.Any(m => {Serves} && m.Status != MeasureStatus.Cancelled && m.Participations.Any(p => p.Role == ParticipationRole.Carrier) && m.Period != null)"
                    + $" && (d.IndicatorIds.Any(i => {Measurable}) || input2.Measures.Any(m => {Serves} && m.IndicatorIds.Any(i => {Measurable}))))"),
            },
        },
        new { WorkflowName = "DistrictGoalRules", Rules = new object[] { Rule("GoalHasMeasure", "input2.Measures.Any(m => m.GoalIds.Any(g => g.Value == input1.Id.Value))") } },
        new
        {
            WorkflowName = "MeasureRules",
            Rules = new object[]
            {
                Rule("MeasureHasCarrier", "input1.Participations.Any(p => p.Role == ParticipationRole.Carrier)"),
                Rule("MeasureHasPeriod", "input1.Period != null"),
            },
        },
        new
        {
            WorkflowName = "IndicatorRules",
            Rules = new object[]
            {
                Rule("IndicatorHasBaseline", "input1.Baseline != null"),
                Rule("IndicatorHasTarget", "input1.Targets.Count > 0"),
                Rule("IndicatorHasSource", "input1.DataSource != null && input1.DataSource.Trim() != \"\""),
            },
        },
    });

    private readonly RulesEngine.RulesEngine _engine;

    /// <summary>Deserialises the workflows from their JSON and creates the engine.</summary>
    public RulesEngineDocsStylePeer()
    {
        var workflows = JsonSerializer.Deserialize<Workflow[]>(WorkflowsJson)!;
        _engine = new RulesEngine.RulesEngine(workflows, new ReSettings { CustomTypes = [typeof(ParticipationRole), typeof(MeasureStatus), typeof(ElementKind)] });
    }

    /// <summary>Evaluates every rule on every element of one plan and counts the failures.</summary>
    public PeerCounts Evaluate(CityConcept concept, DistrictPlan plan)
    {
        int uncovered = 0, partly = 0, goalsWithoutMeasure = 0, noCarrier = 0, noPeriod = 0, noBaseline = 0, noTarget = 0, noSource = 0;
        foreach (var goal in concept.Goals)
        {
            var scope = Scope(concept, plan, goal);
            var results = Run("CityGoalCoverage", goal, plan, scope);
            uncovered += results[0].IsSuccess ? 0 : 1;
            partly += results[1].IsSuccess ? 0 : 1;
        }

        foreach (var goal in plan.Goals)
        {
            goalsWithoutMeasure += Run("DistrictGoalRules", goal, plan)[0].IsSuccess ? 0 : 1;
        }

        foreach (var measure in plan.Measures)
        {
            var results = Run("MeasureRules", measure);
            noCarrier += results[0].IsSuccess ? 0 : 1;
            noPeriod += results[1].IsSuccess ? 0 : 1;
        }

        foreach (var indicator in plan.Indicators)
        {
            var results = Run("IndicatorRules", indicator);
            noBaseline += results[0].IsSuccess ? 0 : 1;
            noTarget += results[1].IsSuccess ? 0 : 1;
            noSource += results[2].IsSuccess ? 0 : 1;
        }

        return new PeerCounts(uncovered, partly, goalsWithoutMeasure, noCarrier, noPeriod, noBaseline, noTarget, noSource);
    }

    // The goal's id and those of its sub-goals in scope, found by walking the concept's goal list (as a user would).
    private static List<string> Scope(CityConcept concept, DistrictPlan plan, Goal goal)
    {
        var ids = new List<string> { goal.Id.Value };
        for (var k = 0; k < ids.Count; k++)
        {
            foreach (var child in concept.Goals)
            {
                if (child.ParentId is { } parent && parent.Value == ids[k] && !plan.OutOfScope.Any(o => (o.Kind == ElementKind.Goal && o.ElementId == child.Id.Value) || (o.Kind == ElementKind.ActionField && o.ElementId == child.ActionFieldId.Value)))
                {
                    ids.Add(child.Id.Value);
                }
            }
        }

        return ids;
    }

    private List<RuleResultTree> Run(string workflow, params object[] inputs)
        => _engine.ExecuteAllRulesAsync(workflow, inputs).AsTask().GetAwaiter().GetResult();

    private static object Rule(string name, string expression) => new
    {
        RuleName = name,
        ErrorMessage = name + " failed",
        Expression = expression,
    };
}
