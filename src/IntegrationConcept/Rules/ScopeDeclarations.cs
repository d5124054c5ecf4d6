using IntegrationConcept.Model;

namespace IntegrationConcept.Rules;

/// <summary>
/// The plan's out-of-scope declarations per city goal, action field and principle: the justification (possibly
/// empty) where declared, <see langword="null"/> where not. A goal of an out-of-scope action field is out of scope
/// with the field's justification.
/// </summary>
internal sealed class ScopeDeclarations
{
    public ScopeDeclarations(ConceptIndex index, DistrictPlan plan)
    {
        var concept = index.Concept;
        var goals = new string?[concept.Goals.Count];
        var fields = new string?[concept.ActionFields.Count];
        var principles = new string?[concept.Principles.Count];
        foreach (var declaration in plan.OutOfScope)
        {
            switch (declaration.Kind)
            {
                case ElementKind.Goal when DocumentIds.TryCreate<Goal>(declaration.ElementId, out var goalId) && index.Goals.TryGetValue(goalId, out var g):
                    goals[g] = declaration.Justification;
                    break;
                case ElementKind.ActionField when DocumentIds.TryCreate<ActionField>(declaration.ElementId, out var fieldId) && index.ActionFields.TryGetValue(fieldId, out var f):
                    fields[f] = declaration.Justification;
                    break;
                case ElementKind.Principle when DocumentIds.TryCreate<Principle>(declaration.ElementId, out var principleId) && index.Principles.TryGetValue(principleId, out var p):
                    principles[p] = declaration.Justification;
                    break;
            }
        }

        for (var i = 0; i < goals.Length; i++)
        {
            var field = index.GoalActionField[i];
            if (goals[i] is null && field >= 0 && fields[field] is { } justification)
            {
                goals[i] = justification;
            }
        }

        Goals = goals;
        ActionFields = fields;
        Principles = principles;
    }

    public string?[] Goals { get; }

    public string?[] ActionFields { get; }

    public string?[] Principles { get; }
}
