using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace IntegrationConcept.Model.Validation;

/// <summary>Collects the structural problems of one document; every check is linear in the document.</summary>
internal sealed class ProblemCollector
{
    private readonly List<ModelProblem> _problems = new();

    public bool HasProblems => _problems.Count > 0;

    public IReadOnlyList<ModelProblem> Problems => _problems;

    public void Add(ModelProblemCode code, ElementKind kind, string? id, int? index, string member, TextPair text)
        => _problems.Add(new ModelProblem(code, kind, id, index, member, text));

    public void Ids<T>(ElementKind kind, ElementCollection<T> elements)
        where T : class, IElement<T>
    {
        if (!elements.HasRepeatedIds)
        {
            // The collection's lookup holds every id once: only an empty id can be a problem.
            for (var i = 0; i < elements.Count; i++)
            {
                if (elements[i].Id.IsEmpty)
                {
                    Add(ModelProblemCode.MissingId, kind, null, i, "id", ModelTexts.NoId.Format(ModelTexts.Kind(kind), Number(i)));
                }
            }

            return;
        }

        var seen = new HashSet<ElementId<T>>();
        for (var i = 0; i < elements.Count; i++)
        {
            var id = elements[i].Id;
            if (id.IsEmpty)
            {
                Add(ModelProblemCode.MissingId, kind, null, i, "id", ModelTexts.NoId.Format(ModelTexts.Kind(kind), Number(i)));
            }
            else if (!seen.Add(id))
            {
                Add(ModelProblemCode.DuplicateId, kind, id.Value, i, "id", ModelTexts.DuplicateId.Format(id.Value, ModelTexts.Kind(kind)));
            }
        }
    }

    public void Text(ElementKind kind, string? id, int? index, string member, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(ModelProblemCode.EmptyText, kind, id, index, member, ModelTexts.EmptyMember.Format(member));
        }
    }

    public void Reference<T>(ElementKind kind, string id, int index, string member, ElementId<T> target, ElementCollection<T> targets, ElementKind targetKind)
        where T : class, IElement<T>
    {
        if (target.IsEmpty)
        {
            Add(ModelProblemCode.MissingId, kind, id, index, member, ModelTexts.EmptyReference.Format(ModelTexts.Kind(targetKind)));
        }
        else if (!targets.Contains(target))
        {
            Add(ModelProblemCode.UnresolvedReference, kind, id, index, member, ModelTexts.Unresolved.Format(ModelTexts.Kind(targetKind), target.Value));
        }
    }

    public void References<T>(ElementKind kind, string id, int index, string member, ValueList<ElementId<T>> references, ElementCollection<T> targets, ElementKind targetKind)
        where T : class, IElement<T>
    {
        for (var i = 0; i < references.Count; i++)
        {
            // The member path is built only for a problem: most references resolve.
            var target = references[i];
            if (target.IsEmpty || !targets.Contains(target))
            {
                Reference(kind, id, index, Item(member, i), target, targets, targetKind);
            }
        }
    }

    /// <summary>The path of a list item, such as <c>goalIds[3]</c> or <c>participations[0].actorId</c>.</summary>
    public static string Item(string member, int index, string? after = null)
        => string.Create(CultureInfo.InvariantCulture, $"{member}[{index}]{after}");

    public void NotEmpty<T>(ElementKind kind, string id, int index, string member, ValueList<ElementId<T>> references, ElementKind targetKind)
    {
        for (var i = 0; i < references.Count; i++)
        {
            if (references[i] is ElementId<T> { IsEmpty: true })
            {
                Add(ModelProblemCode.MissingId, kind, id, index, string.Create(CultureInfo.InvariantCulture, $"{member}[{i}]"), ModelTexts.EmptyReference.Format(ModelTexts.Kind(targetKind)));
            }
        }
    }

    /// <summary>An optional reference into the other document (the city concept) must not be the empty id.</summary>
    public void NotEmpty<T>(ElementKind kind, string id, int index, string member, ElementId<T>? reference, ElementKind targetKind)
    {
        if (reference is { IsEmpty: true })
        {
            Add(ModelProblemCode.MissingId, kind, id, index, member, ModelTexts.EmptyReference.Format(ModelTexts.Kind(targetKind)));
        }
    }

    public void Timeframe(ElementKind kind, string? id, int? index, string member, Timeframe? timeframe)
    {
        if (timeframe is { IsWellFormed: false })
        {
            Add(ModelProblemCode.EndBeforeStart, kind, id, index, member + ".end", ModelTexts.EndBeforeStart.Format(member, Model.Timeframe.Format(timeframe.End!.Value), Model.Timeframe.Format(timeframe.Start)));
        }
    }

    public void Indicator(Indicator indicator, int index)
    {
        var id = indicator.Id.Value;
        Text(ElementKind.Indicator, id, index, "name", indicator.Name);
        if (indicator.Baseline is { } baseline)
        {
            DataPoint(indicator, index, "baseline", -1, baseline);
        }

        for (var i = 0; i < indicator.Targets.Count; i++)
        {
            var target = indicator.Targets[i];
            DataPoint(indicator, index, "targets", i, target);
            if (indicator.Baseline is { } b && target.Date < b.Date)
            {
                Add(ModelProblemCode.TargetBeforeBaseline, ElementKind.Indicator, id, index, Item("targets", i, ".date"),
                    ModelTexts.TargetBeforeBaseline.Format(Model.Timeframe.Format(target.Date), Model.Timeframe.Format(b.Date)));
            }
        }

        for (var i = 0; i < indicator.Measurements.Count; i++)
        {
            DataPoint(indicator, index, "measurements", i, indicator.Measurements[i]);
        }

        if (indicator.Catalogue is { } catalogue)
        {
            Text(ElementKind.Indicator, id, index, "catalogue.code", catalogue.Code);
            Text(ElementKind.Indicator, id, index, "catalogue.catalogue", catalogue.Catalogue);
        }

        Texts(ElementKind.Indicator, id, index, "breakdowns", indicator.Breakdowns);
        Texts(ElementKind.Indicator, id, index, "areaKeys", indicator.AreaKeys);
    }

    /// <summary>Every item of a list of texts (keys, breakdowns) must have content; the path is built only for a problem.</summary>
    public void Texts(ElementKind kind, string? id, int? index, string member, ValueList<string> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(values[i]))
            {
                var item = Item(member, i);
                Add(ModelProblemCode.EmptyText, kind, id, index, item, ModelTexts.EmptyMember.Format(item));
            }
        }
    }

    // list is the member ("baseline") or the list ("measurements") with position >= 0; the path is built only for a problem.
    private void DataPoint(Indicator indicator, int index, string list, int position, DataPoint point)
    {
        if (indicator.IsQualitative ? point.Value is null && !string.IsNullOrWhiteSpace(point.Comment) : point.Value is not null)
        {
            return;
        }

        var member = position < 0 ? list : Item(list, position);
        var id = indicator.Id.Value;
        if (indicator.IsQualitative)
        {
            if (point.Value is { } value)
            {
                Add(ModelProblemCode.NumberOnQualitative, ElementKind.Indicator, id, index, member + ".value",
                    ModelTexts.NumberOnQualitative.Format(member, value.ToString(CultureInfo.InvariantCulture)));
            }

            if (string.IsNullOrWhiteSpace(point.Comment))
            {
                Add(ModelProblemCode.EmptyText, ElementKind.Indicator, id, index, member + ".comment",
                    ModelTexts.QualitativeComment.Format(member));
            }
        }
        else if (point.Value is null)
        {
            Add(ModelProblemCode.MissingNumber, ElementKind.Indicator, id, index, member + ".value",
                ModelTexts.NeedsValue.Format(indicator.MeasureType == IndicatorMeasureType.Percentage ? ModelTexts.Percentage : ModelTexts.Quantitative, member));
        }
    }

    public void Acyclic(IReadOnlyList<Goal> goals, ElementCollection<Goal> byId)
    {
        // Colours: absent = unvisited, 1 = on the current path, 2 = done. Each goal is visited once.
        var state = new Dictionary<ElementId<Goal>, int>(goals.Count);
        var path = new List<Goal>();
        for (var start = 0; start < goals.Count; start++)
        {
            var goal = goals[start];
            path.Clear();
            while (goal is not null && !state.ContainsKey(goal.Id))
            {
                state[goal.Id] = 1;
                path.Add(goal);
                goal = goal.ParentId is { } parent && byId.TryGet(parent, out var next) ? next : null;
            }

            if (goal is not null && state[goal.Id] == 1)
            {
                var cycleStart = path.FindIndex(g => g.Id == goal.Id);
                var cycle = path.Skip(cycleStart).Select(g => g.Id.Value).Append(goal.Id.Value).ToList();
                var index = IndexOf(goals, goal);
                Add(ModelProblemCode.Cycle, ElementKind.Goal, goal.Id.Value, index, "parentId",
                    ModelTexts.Cycle.Format(TextPair.List(cycle, " -> ")));
            }

            foreach (var visited in path)
            {
                state[visited.Id] = 2;
            }
        }
    }

    private static int IndexOf(IReadOnlyList<Goal> goals, Goal goal)
    {
        for (var i = 0; i < goals.Count; i++)
        {
            if (ReferenceEquals(goals[i], goal))
            {
                return i;
            }
        }

        return -1;
    }

    // A position as the English message has always said it: digits only.
    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Describe(ElementKind kind) => kind switch
    {
        ElementKind.ActionField => "action field",
        ElementKind.CityMeasure => "city measure",
        ElementKind.DistrictGoal => "district goal",
        ElementKind.TargetGroup => "target group",
        ElementKind.OutOfScopeDeclaration => "out-of-scope declaration",
        ElementKind.ConceptVersion => "concept version",
        ElementKind.ConceptReference => "concept reference",
        ElementKind.SubArea => "sub-area",
        ElementKind.PreviousVersion => "previous version",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
