using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using IntegrationConcept.Model;
using IntegrationConcept.Spreadsheets.Reading;

namespace IntegrationConcept.Spreadsheets.Import;

/// <summary>Reads the elements of the actor and goal sheets; each element remembers its row for later problems.</summary>
internal sealed class ElementRows
{
    private readonly Dictionary<(ElementKind, string), (SheetView View, RawRow Row)> _places = new();

    public bool TryPlace(ElementKind kind, string? id, out SheetView? view, out RawRow? row)
    {
        if (id is not null && _places.TryGetValue((kind, id), out var place))
        {
            (view, row) = place;
            return true;
        }

        (view, row) = (null, null);
        return false;
    }

    /// <summary>Records an element's row; a second row with the same id is a problem.</summary>
    public bool Register(ElementKind kind, string id, SheetView view, RawRow row, string idKey)
    {
        if (!_places.TryAdd((kind, id), (view, row)))
        {
            view.Problem(row, idKey, SpreadsheetProblemCode.DuplicateId, id);
            return false;
        }

        return true;
    }

    public List<Actor> Actors(SheetView view)
    {
        var actors = new List<Actor>();
        foreach (var row in view.DataRows)
        {
            var id = view.Required(row, "id");
            var name = view.Required(row, "name");
            var kind = view.Choice(row, "kind", Choices.ActorKinds, required: false) ?? ActorKind.Other;
            if (id is not null && name is not null && Register(ElementKind.Actor, id, view, row, "id"))
            {
                actors.Add(new Actor(new ElementId<Actor>(id), name, kind));
            }
        }

        return actors;
    }

    public List<DistrictGoal> Goals(SheetView view)
    {
        var goals = new List<DistrictGoal>();
        foreach (var row in view.DataRows)
        {
            var id = view.Required(row, "id");
            var text = view.Required(row, "text");
            var refined = view.List(row, "refinedGoals", commaSeparates: true);
            var field = view.Text(row, "actionField");
            var indicators = view.List(row, "indicators", commaSeparates: true);
            if (id is null || text is null || !Register(ElementKind.DistrictGoal, id, view, row, "id"))
            {
                continue;
            }

            // A goal that refines no city goal is the district's own: a potential for the city concept.
            goals.Add(new DistrictGoal(
                new ElementId<DistrictGoal>(id),
                text,
                refined.ConvertAll(g => new ElementId<Goal>(g)),
                refined.Count == 0,
                field is null ? null : new ElementId<ActionField>(field),
                indicators.ConvertAll(i => new ElementId<Indicator>(i))));
        }

        return goals;
    }

    /// <summary>Finds an actor by id or, failing that, by name (case-insensitive).</summary>
    public static Actor? FindActor(List<Actor> actors, string reference)
        => actors.Find(a => a.Id.Value == reference) ?? actors.Find(a => string.Equals(a.Name, reference, StringComparison.OrdinalIgnoreCase));

    /// <summary>Makes an id from an actor's name for a measure list without an actor sheet: "Naturfreunde Quint" → "naturfreunde-quint".</summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.ToLower(CultureInfo.InvariantCulture))
        {
            var mapped = c switch { 'ä' => "ae", 'ö' => "oe", 'ü' => "ue", 'ß' => "ss", _ => char.IsLetterOrDigit(c) && c < 128 ? c.ToString() : "-" };
            if (mapped == "-" && (slug.Length == 0 || slug[^1] == '-'))
            {
                continue;
            }

            slug.Append(mapped);
        }

        var result = slug.ToString().TrimEnd('-');
        return result.Length == 0 ? "akteur" : result;
    }
}
