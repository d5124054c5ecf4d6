using FluentAssertions;
using IntegrationConcept.Results;
using Xunit;

namespace IntegrationConcept.Tests.Architecture;

/// <summary>
/// The one-way flow of the library, read from the compiled assembly: Model ← Localization ← Results ← Changes ← Rules ←
/// Checking; Results and Changes ← Rendering; everything ← Documents; Internal (argument guards) below all. No cycles
/// between the top-level namespaces. Changes (comparisons of checks, concept updates, feedback) stands on the results
/// and the model alone: it knows nothing of rules or the checker.
/// </summary>
public sealed class ArchitectureTests
{
    private const string Root = "IntegrationConcept";

    /// <summary>The layers from the ground floor up; a layer may use only layers before it (with the exceptions in <see cref="Allowed"/>).</summary>
    public static readonly string[] Order = ["Internal", "Model", "Localization", "Results", "Changes", "Rules", "Checking", "Rendering", "Documents"];

    private static System.Reflection.Assembly Library => typeof(CoverageReport).Assembly;

    public static bool Allowed(string from, string to)
    {
        var f = Array.IndexOf(Order, from);
        var t = Array.IndexOf(Order, to);
        if (f < 0 || t < 0 || t >= f)
        {
            return false;
        }

        // The renderings stand on the results (and their changes) alone: they know nothing of rules or the checker.
        return !(from == "Rendering" && to is "Rules" or "Checking");
    }

    [Fact]
    public void Library_EveryTopLevelNamespaceIsALayer()
        => LayerGraph.Layers(Library, Root).Should().BeSubsetOf(Order, "a new folder must be placed in the layer order of this test");

    [Fact]
    public void Library_DependsOnlyDownwards()
    {
        var edges = LayerGraph.Edges(Library, Root, LayerGraph.Layers(Library, Root));
        LayerGraph.Violations(edges, Allowed).Should().BeEmpty();
    }

    [Fact]
    public void Library_HasNoCycleBetweenNamespaces()
    {
        var edges = LayerGraph.Edges(Library, Root, LayerGraph.Layers(Library, Root));
        LayerGraph.FindCycle(edges.Keys).Should().BeNull();
    }

    [Fact]
    public void Library_KnownEdgesAreSeen()
    {
        // The detector is not blind: edges that must exist are found.
        var edges = LayerGraph.Edges(Library, Root, Order);
        edges.Keys.Should().Contain(new[] { ("Results", "Model"), ("Rules", "Results"), ("Checking", "Rules"), ("Rendering", "Results"), ("Documents", "Rules"), ("Changes", "Results") });
    }

    [Fact]
    public void Check_BackEdgeAndCycle_AreReported()
    {
        // A deliberately bad set of types in this test assembly: its Model uses its Results, which uses its Model.
        const string bad = "IntegrationConcept.Tests.Architecture.Fixture";
        var assembly = typeof(ArchitectureTests).Assembly;
        var edges = LayerGraph.Edges(assembly, bad, LayerGraph.Layers(assembly, bad));

        LayerGraph.Violations(edges, Allowed).Should().ContainSingle().Which.Should().StartWith("Model -> Results");
        LayerGraph.FindCycle(edges.Keys).Should().Equal("Model", "Results", "Model");
    }

    [Fact]
    public void FindCycle_Acyclic_ReturnsNull()
        => LayerGraph.FindCycle(new[] { ("Results", "Model"), ("Rules", "Results"), ("Rules", "Model") }).Should().BeNull();
}
