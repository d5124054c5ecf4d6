using System.Collections.Generic;
using IntegrationConcept.Model;
using IntegrationConcept.Spreadsheets.Reading;

namespace IntegrationConcept.Spreadsheets.Import;

/// <summary>Reads the action fields, goals and principles of a city concept's sheets; each element remembers its row.</summary>
internal static class ConceptRows
{
    public static List<ActionField> ActionFields(SheetView view, ElementRows rows)
    {
        var fields = new List<ActionField>();
        foreach (var row in view.DataRows)
        {
            var id = view.Required(row, "id");
            var name = view.Required(row, "name");
            var english = view.Text(row, "englishName");
            var description = view.Text(row, "description");
            if (id is not null && name is not null && rows.Register(ElementKind.ActionField, id, view, row, "id"))
            {
                fields.Add(new ActionField(new ElementId<ActionField>(id), name, english, description));
            }
        }

        return fields;
    }

    public static List<Principle> Principles(SheetView view, ElementRows rows)
    {
        var principles = new List<Principle>();
        foreach (var row in view.DataRows)
        {
            var id = view.Required(row, "id");
            var name = view.Required(row, "name");
            var description = view.Text(row, "description");
            if (id is not null && name is not null && rows.Register(ElementKind.Principle, id, view, row, "id"))
            {
                principles.Add(new Principle(new ElementId<Principle>(id), name, description));
            }
        }

        return principles;
    }

    /// <summary>Reads the goals; an action field that is not on the action field sheet and a parent goal that is not on the goal sheet are problems at their cell.</summary>
    public static List<Goal> Goals(SheetView view, ElementRows rows, IReadOnlyCollection<ActionField> fields)
    {
        var known = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var field in fields)
        {
            known.Add(field.Id.Value);
        }

        var read = new List<(Goal Goal, RawRow Row)>();
        foreach (var row in view.DataRows)
        {
            var id = view.Required(row, "id");
            var text = view.Required(row, "text");
            var field = view.Required(row, "actionField");
            var level = view.Choice(row, "level", Choices.GoalLevels, required: false);
            var parent = view.Text(row, "parent");
            if (field is not null && !known.Contains(field))
            {
                view.Problem(row, "actionField", SpreadsheetProblemCode.UnknownReference, field, "Handlungsfeld / action field");
                continue;
            }

            if (id is null || text is null || field is null || !rows.Register(ElementKind.Goal, id, view, row, "id"))
            {
                continue;
            }

            var goal = new Goal(new ElementId<Goal>(id), new ElementId<ActionField>(field), text, level, parent is null ? null : new ElementId<Goal>(parent));
            read.Add((goal, row));
        }

        // Parents may come later in the sheet: checked once every goal is known.
        var goals = new List<Goal>(read.Count);
        foreach (var (goal, row) in read)
        {
            if (goal.ParentId is { } parent && !rows.TryPlace(ElementKind.Goal, parent.Value, out _, out _))
            {
                view.Problem(row, "parent", SpreadsheetProblemCode.UnknownReference, parent.Value, "Ziel / goal");
                continue;
            }

            goals.Add(goal);
        }

        return goals;
    }

}
