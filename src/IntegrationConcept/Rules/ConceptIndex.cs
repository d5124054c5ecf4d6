using System.Collections.Generic;
using System.Runtime.CompilerServices;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules;

/// <summary>
/// Positions of a city concept's elements by id, and its goals ordered sub-goals first. Built once per concept
/// (cached per instance, thread-safe) and shared by every plan checked against it.
/// </summary>
internal sealed class ConceptIndex
{
    private static readonly ConditionalWeakTable<CityConcept, ConceptIndex> Cache = new();

    private ConceptIndex(CityConcept concept)
    {
        Concept = concept;
        Goals = Positions(concept.Goals);
        ActionFields = Positions(concept.ActionFields);
        Principles = Positions(concept.Principles);
        var goalCount = concept.Goals.Count;
        GoalActionField = new int[goalCount];
        GoalParent = new int[goalCount];
        for (var i = 0; i < goalCount; i++)
        {
            var goal = concept.Goals[i];
            GoalActionField[i] = ActionFields.TryGetValue(goal.ActionFieldId, out var field) ? field : -1;
            GoalParent[i] = goal.ParentId is { } parent && Goals.TryGetValue(parent, out var p) ? p : -1;
        }

        GoalsBottomUp = BottomUp(GoalParent);
    }

    public CityConcept Concept { get; }

    /// <summary>Gets the shared subjects of the concept's elements, shared by every plan checked against the concept.</summary>
    public SharedSubjects Subjects { get; } = new(DocumentKind.CityConcept);

    public Dictionary<ElementId<Goal>, int> Goals { get; }

    public Dictionary<ElementId<ActionField>, int> ActionFields { get; }

    public Dictionary<ElementId<Principle>, int> Principles { get; }

    public int[] GoalActionField { get; }

    public int[] GoalParent { get; }

    /// <summary>Goal positions ordered so that every goal comes before its parent.</summary>
    public int[] GoalsBottomUp { get; }

    public static ConceptIndex For(CityConcept concept) => Cache.GetValue(concept, static c => new ConceptIndex(c));

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

    private static int[] BottomUp(int[] parent)
    {
        // Depth by walking up with memoisation (the concept is acyclic), then a counting sort by depth, deepest first.
        var n = parent.Length;
        var depth = new int[n];
        var known = new bool[n];
        var path = new List<int>();
        var maxDepth = 0;
        for (var i = 0; i < n; i++)
        {
            path.Clear();
            var g = i;
            while (g >= 0 && !known[g] && path.Count <= n)
            {
                path.Add(g);
                g = parent[g];
            }

            var d = g >= 0 ? depth[g] + 1 : 0;
            for (var k = path.Count - 1; k >= 0; k--)
            {
                depth[path[k]] = d;
                known[path[k]] = true;
                if (d > maxDepth)
                {
                    maxDepth = d;
                }

                d++;
            }
        }

        var start = new int[maxDepth + 2];
        for (var i = 0; i < n; i++)
        {
            start[maxDepth - depth[i] + 1]++;
        }

        for (var k = 1; k < start.Length; k++)
        {
            start[k] += start[k - 1];
        }

        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[start[maxDepth - depth[i]]++] = i;
        }

        return order;
    }
}
