using System.Reflection;
using NetArchTest.Rules;

namespace IntegrationConcept.Tests.Architecture;

/// <summary>
/// The dependencies between the top-level namespaces ("layers") under a root namespace, read from the compiled
/// assembly with NetArchTest, and the two questions asked of them: which edges go against the allowed direction,
/// and is there a cycle.
/// </summary>
internal static class LayerGraph
{
    /// <summary>Every top-level namespace under <paramref name="root"/> that holds a type of the assembly.</summary>
    public static SortedSet<string> Layers(Assembly assembly, string root)
    {
        var layers = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in Types.InAssembly(assembly).That().ResideInNamespace(root).GetTypes())
        {
            var ns = type.Namespace ?? string.Empty;
            if (ns.Length > root.Length + 1 && ns.StartsWith(root + ".", StringComparison.Ordinal))
            {
                layers.Add(ns[(root.Length + 1)..].Split('.')[0]);
            }
        }

        return layers;
    }

    /// <summary>Which layer depends on which, with the types that make each edge.</summary>
    public static Dictionary<(string From, string To), IReadOnlyList<string>> Edges(Assembly assembly, string root, IEnumerable<string> layers)
    {
        var all = layers.ToList();
        var edges = new Dictionary<(string, string), IReadOnlyList<string>>();
        foreach (var from in all)
        {
            foreach (var to in all)
            {
                if (from == to)
                {
                    continue;
                }

                var result = Types.InAssembly(assembly).That().ResideInNamespace(root + "." + from)
                    .ShouldNot().HaveDependencyOn(root + "." + to).GetResult();
                if (!result.IsSuccessful)
                {
                    edges[(from, to)] = result.FailingTypeNames?.ToList() ?? new List<string>();
                }
            }
        }

        return edges;
    }

    /// <summary>The edges that the allowed direction does not permit, described for a failure message.</summary>
    public static List<string> Violations(Dictionary<(string From, string To), IReadOnlyList<string>> edges, Func<string, string, bool> allowed)
        => edges.Where(e => !allowed(e.Key.From, e.Key.To))
            .Select(e => $"{e.Key.From} -> {e.Key.To} (through {string.Join(", ", e.Value)})")
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();

    /// <summary>A cycle as a path (first layer repeated at the end), or null when the graph is acyclic.</summary>
    public static List<string>? FindCycle(IEnumerable<(string From, string To)> edges)
    {
        var next = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (from, to) in edges)
        {
            (next.TryGetValue(from, out var list) ? list : next[from] = new List<string>()).Add(to);
        }

        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the path, 2 = done
        var path = new List<string>();
        foreach (var start in next.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            if (Visit(start) is { } cycle)
            {
                return cycle;
            }
        }

        return null;

        List<string>? Visit(string node)
        {
            if (state.TryGetValue(node, out var s))
            {
                return s == 1 ? path.Skip(path.IndexOf(node)).Append(node).ToList() : null;
            }

            state[node] = 1;
            path.Add(node);
            foreach (var to in next.TryGetValue(node, out var list) ? list : new List<string>())
            {
                if (Visit(to) is { } cycle)
                {
                    return cycle;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
    }
}
