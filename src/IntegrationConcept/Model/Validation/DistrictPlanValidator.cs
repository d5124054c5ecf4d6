
using System.Collections.Generic;

namespace IntegrationConcept.Model.Validation;

/// <summary>Checks the structural invariants of a district plan. References to the city concept are the rule engine's business.</summary>
internal static class DistrictPlanValidator
{
    public static ProblemCollector Validate(DistrictPlan plan)
    {
        var p = new ProblemCollector();
        p.Text(ElementKind.DistrictPlan, null, null, "title", plan.Title);
        p.Text(ElementKind.District, null, null, "name", plan.District.Name);
        p.Text(ElementKind.ConceptReference, null, null, "municipality", plan.Concept.Municipality);
        p.Text(ElementKind.ConceptReference, null, null, "versionLabel", plan.Concept.VersionLabel);
        p.Timeframe(ElementKind.DistrictPlan, null, null, "validity", plan.Validity);
        p.Texts(ElementKind.District, null, null, "keys", plan.District.Keys);
        p.Ids(ElementKind.SubArea, plan.District.SubAreas);
        for (var i = 0; i < plan.District.SubAreas.Count; i++)
        {
            p.Text(ElementKind.SubArea, plan.District.SubAreas[i].Id.Value, i, "name", plan.District.SubAreas[i].Name);
        }

        p.Ids(ElementKind.Observation, plan.Observations);
        p.Ids(ElementKind.DistrictGoal, plan.Goals);
        p.Ids(ElementKind.Measure, plan.Measures);
        p.Ids(ElementKind.Actor, plan.Actors);
        p.Ids(ElementKind.Body, plan.Bodies);
        p.Ids(ElementKind.TargetGroup, plan.TargetGroups);
        p.Ids(ElementKind.Indicator, plan.Indicators);

        for (var i = 0; i < plan.Observations.Count; i++)
        {
            var observation = plan.Observations[i];
            p.Text(ElementKind.Observation, observation.Id.Value, i, "text", observation.Text);
            p.Text(ElementKind.Observation, observation.Id.Value, i, "source", observation.Source);
            p.NotEmpty(ElementKind.Observation, observation.Id.Value, i, "actionFieldId", observation.ActionFieldId, ElementKind.ActionField);
        }

        for (var i = 0; i < plan.Goals.Count; i++)
        {
            Goal(p, plan, plan.Goals[i], i);
        }

        for (var i = 0; i < plan.Measures.Count; i++)
        {
            Measure(p, plan, plan.Measures[i], i);
        }

        for (var i = 0; i < plan.Actors.Count; i++)
        {
            p.Text(ElementKind.Actor, plan.Actors[i].Id.Value, i, "name", plan.Actors[i].Name);
        }

        for (var i = 0; i < plan.Bodies.Count; i++)
        {
            var body = plan.Bodies[i];
            p.Text(ElementKind.Body, body.Id.Value, i, "name", body.Name);
            p.References(ElementKind.Body, body.Id.Value, i, "memberIds", body.MemberIds, plan.Actors, ElementKind.Actor);
        }

        for (var i = 0; i < plan.TargetGroups.Count; i++)
        {
            p.Text(ElementKind.TargetGroup, plan.TargetGroups[i].Id.Value, i, "name", plan.TargetGroups[i].Name);
        }

        for (var i = 0; i < plan.Indicators.Count; i++)
        {
            p.Indicator(plan.Indicators[i], i);
        }

        OutOfScope(p, plan);
        Suppressions(p, plan);
        return p;
    }

    private static void Goal(ProblemCollector p, DistrictPlan plan, DistrictGoal goal, int i)
    {
        var id = goal.Id.Value;
        p.Text(ElementKind.DistrictGoal, id, i, "text", goal.Text);
        p.NotEmpty(ElementKind.DistrictGoal, id, i, "refinedGoalIds", goal.RefinedGoalIds, ElementKind.Goal);
        p.NotEmpty(ElementKind.DistrictGoal, id, i, "actionFieldId", goal.ActionFieldId, ElementKind.ActionField);
        if (goal.IsDistrictSpecific && goal.RefinedGoalIds.Count > 0)
        {
            p.Add(ModelProblemCode.Contradiction, ElementKind.DistrictGoal, id, i, "isDistrictSpecific",
                ModelTexts.SpecificAndRefines);
        }
        else if (!goal.IsDistrictSpecific && goal.RefinedGoalIds.Count == 0)
        {
            p.Add(ModelProblemCode.UnresolvedReference, ElementKind.DistrictGoal, id, i, "refinedGoalIds",
                ModelTexts.RefinesNothing);
        }

        p.References(ElementKind.DistrictGoal, id, i, "indicatorIds", goal.IndicatorIds, plan.Indicators, ElementKind.Indicator);
        p.References(ElementKind.DistrictGoal, id, i, "observationIds", goal.ObservationIds, plan.Observations, ElementKind.Observation);
        if (goal.LeadOfficeId is { } lead)
        {
            p.Reference(ElementKind.DistrictGoal, id, i, "leadOfficeId", lead, plan.Actors, ElementKind.Actor);
        }
    }

    private static void Measure(ProblemCollector p, DistrictPlan plan, Measure measure, int i)
    {
        var id = measure.Id.Value;
        p.Text(ElementKind.Measure, id, i, "name", measure.Name);
        p.Timeframe(ElementKind.Measure, id, i, "period", measure.Period);
        for (var j = 0; j < measure.Participations.Count; j++)
        {
            var actorId = measure.Participations[j].ActorId;
            if (actorId.IsEmpty || !plan.Actors.Contains(actorId))
            {
                p.Reference(ElementKind.Measure, id, i, ProblemCollector.Item("participations", j, ".actorId"), actorId, plan.Actors, ElementKind.Actor);
            }
        }

        p.References(ElementKind.Measure, id, i, "bodyIds", measure.BodyIds, plan.Bodies, ElementKind.Body);
        p.References(ElementKind.Measure, id, i, "targetGroupIds", measure.TargetGroupIds, plan.TargetGroups, ElementKind.TargetGroup);
        p.References(ElementKind.Measure, id, i, "goalIds", measure.GoalIds, plan.Goals, ElementKind.DistrictGoal);
        p.References(ElementKind.Measure, id, i, "indicatorIds", measure.IndicatorIds, plan.Indicators, ElementKind.Indicator);
        p.NotEmpty(ElementKind.Measure, id, i, "principleIds", measure.PrincipleIds, ElementKind.Principle);
        p.NotEmpty(ElementKind.Measure, id, i, "approachId", measure.ApproachId, ElementKind.Approach);
        if (measure.LeadOfficeId is { } lead)
        {
            p.Reference(ElementKind.Measure, id, i, "leadOfficeId", lead, plan.Actors, ElementKind.Actor);
        }

        p.References(ElementKind.Measure, id, i, "subAreaIds", measure.SubAreaIds, plan.District.SubAreas, ElementKind.SubArea);
        for (var j = 0; j < measure.Budget.Count; j++)
        {
            Budget(p, id, i, j, measure.Budget[j]);
        }
    }

    private static void Budget(ProblemCollector p, string id, int i, int j, BudgetEntry entry)
    {
        if (entry.AmountEur < 0)
        {
            p.Add(ModelProblemCode.InvalidFormat, ElementKind.Measure, id, i, ProblemCollector.Item("budget", j, ".amountEur"),
                ModelTexts.NegativeBudget.Format(entry.AmountEur.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (entry.Year is < MinYear or > MaxYear)
        {
            p.Add(ModelProblemCode.InvalidFormat, ElementKind.Measure, id, i, ProblemCollector.Item("budget", j, ".year"),
                ModelTexts.BudgetYear.Format(MinYear, MaxYear, entry.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    private const int MinYear = 1900;
    private const int MaxYear = 2200;

    private static void OutOfScope(ProblemCollector p, DistrictPlan plan)
    {
        var seen = new HashSet<(ElementKind, string)>();
        for (var i = 0; i < plan.OutOfScope.Count; i++)
        {
            var declaration = plan.OutOfScope[i];
            if (declaration.Kind is not (ElementKind.ActionField or ElementKind.Goal or ElementKind.Principle))
            {
                p.Add(ModelProblemCode.InvalidFormat, ElementKind.OutOfScopeDeclaration, declaration.ElementId, i, "kind",
                    ModelTexts.OutOfScopeKind.Format(ModelTexts.Kind(declaration.Kind)));
            }

            if (string.IsNullOrWhiteSpace(declaration.ElementId))
            {
                p.Add(ModelProblemCode.MissingId, ElementKind.OutOfScopeDeclaration, null, i, "elementId", ModelTexts.NoElement);
            }
            else if (!seen.Add((declaration.Kind, declaration.ElementId)))
            {
                p.Add(ModelProblemCode.DuplicateId, ElementKind.OutOfScopeDeclaration, declaration.ElementId, i, "elementId",
                    ModelTexts.DeclaredTwice.Format(ModelTexts.Kind(declaration.Kind), declaration.ElementId));
            }
        }
    }

    private static void Suppressions(ProblemCollector p, DistrictPlan plan)
    {
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < plan.Suppressions.Count; i++)
        {
            var suppression = plan.Suppressions[i];
            var elementId = string.IsNullOrWhiteSpace(suppression.ElementId) ? null : suppression.ElementId;
            p.Text(ElementKind.Suppression, elementId, i, "ruleId", suppression.RuleId);
            p.Text(ElementKind.Suppression, elementId, i, "elementId", suppression.ElementId);
            if (!seen.Add((suppression.RuleId, suppression.ElementId)))
            {
                p.Add(ModelProblemCode.DuplicateId, ElementKind.Suppression, suppression.ElementId, i, "elementId",
                    ModelTexts.SuppressedTwice.Format(suppression.RuleId, suppression.ElementId));
            }
        }
    }
}
