
using System.Linq;

namespace IntegrationConcept.Model.Validation;

/// <summary>Checks the structural invariants of a city concept.</summary>
internal static class CityConceptValidator
{
    public static ProblemCollector Validate(CityConcept concept)
    {
        var p = new ProblemCollector();
        p.Text(ElementKind.CityConcept, null, null, "title", concept.Title);
        p.Text(ElementKind.Municipality, null, null, "name", concept.Municipality.Name);
        if (concept.Municipality.OfficialKey is { } key && (key.Length != 8 || !key.All(char.IsAsciiDigit)))
        {
            p.Add(ModelProblemCode.InvalidFormat, ElementKind.Municipality, null, null, "officialKey",
                ModelTexts.OfficialKey.Format(key));
        }

        var version = concept.Version;
        p.Text(ElementKind.ConceptVersion, null, null, "label", version.Label);
        p.Timeframe(ElementKind.ConceptVersion, null, null, "validity", version.Validity);
        if (version.Updates is { } updates && string.Equals(updates, version.Label, System.StringComparison.Ordinal))
        {
            p.Add(ModelProblemCode.Cycle, ElementKind.ConceptVersion, null, null, "updates", ModelTexts.UpdatesItself.Format(updates));
        }

        p.Ids(ElementKind.Principle, concept.Principles);
        p.Ids(ElementKind.ActionField, concept.ActionFields);
        p.Ids(ElementKind.Goal, concept.Goals);
        p.Ids(ElementKind.Approach, concept.Approaches);
        p.Ids(ElementKind.CityMeasure, concept.Measures);

        for (var i = 0; i < concept.Principles.Count; i++)
        {
            var principle = concept.Principles[i];
            p.Text(ElementKind.Principle, principle.Id.Value, i, "name", principle.Name);
        }

        for (var i = 0; i < concept.ActionFields.Count; i++)
        {
            var field = concept.ActionFields[i];
            p.Text(ElementKind.ActionField, field.Id.Value, i, "name", field.Name);
        }

        for (var i = 0; i < concept.Goals.Count; i++)
        {
            var goal = concept.Goals[i];
            var id = goal.Id.Value;
            p.Text(ElementKind.Goal, id, i, "text", goal.Text);
            p.Reference(ElementKind.Goal, id, i, "actionFieldId", goal.ActionFieldId, concept.ActionFields, ElementKind.ActionField);
            if (goal.ParentId is { } parent)
            {
                p.Reference(ElementKind.Goal, id, i, "parentId", parent, concept.Goals, ElementKind.Goal);
            }
        }

        p.Acyclic(concept.Goals, concept.Goals);

        for (var i = 0; i < concept.Approaches.Count; i++)
        {
            var approach = concept.Approaches[i];
            var id = approach.Id.Value;
            p.Text(ElementKind.Approach, id, i, "name", approach.Name);
            p.Reference(ElementKind.Approach, id, i, "actionFieldId", approach.ActionFieldId, concept.ActionFields, ElementKind.ActionField);
            p.References(ElementKind.Approach, id, i, "goalIds", approach.GoalIds, concept.Goals, ElementKind.Goal);
        }

        for (var i = 0; i < concept.Measures.Count; i++)
        {
            var measure = concept.Measures[i];
            var id = measure.Id.Value;
            p.Text(ElementKind.CityMeasure, id, i, "name", measure.Name);
            if (measure.ApproachId is { } approachId)
            {
                p.Reference(ElementKind.CityMeasure, id, i, "approachId", approachId, concept.Approaches, ElementKind.Approach);
            }

            p.References(ElementKind.CityMeasure, id, i, "goalIds", measure.GoalIds, concept.Goals, ElementKind.Goal);
        }

        p.Ids(ElementKind.Indicator, concept.Indicators);
        for (var i = 0; i < concept.Indicators.Count; i++)
        {
            p.Indicator(concept.Indicators[i], i);
        }

        ConceptHistoryValidator.Validate(p, concept);
        return p;
    }
}
