using FluentAssertions;
using IntegrationConcept.Documents.Json.V2;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using Mono.Cecil;
using Mono.Cecil.Cil;
using NetArchTest.Rules;
using Xunit;

namespace IntegrationConcept.Tests.Architecture;

/// <summary>
/// The JSON format's names belong to the documents layer (issue 10): the model and the results carry an element's kind,
/// position and member, never a <c>$.…</c> path or the name of a document's list. Read from the compiled assembly: the
/// string constants of every method in the two namespaces, and their type references.
/// </summary>
public sealed class FormatNamesTests
{
    private static readonly string[] Layers = ["IntegrationConcept.Model", "IntegrationConcept.Results"];

    // The single elements' members ("municipality", "version", "district", "concept") are also the model's parameter names.
    private static readonly ElementKind[] SingleElements = [ElementKind.Municipality, ElementKind.ConceptVersion, ElementKind.District, ElementKind.ConceptReference];

    /// <summary>The names of the lists of format version 2 (which keeps those of version 1), such as <c>actionFields</c>.</summary>
    private static HashSet<string> ListNames()
        => Enum.GetValues<ElementKind>().Except(SingleElements).Select(V2Names.List).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every string constant loaded by a method of a type in one of <paramref name="namespaces"/>, with where.</summary>
    internal static List<(string Type, string Text)> StringConstants(string assemblyPath, IReadOnlyList<string> namespaces)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        return module.GetTypes()
            .Where(t => namespaces.Any(ns => t.Namespace == ns || t.Namespace.StartsWith(ns + ".", StringComparison.Ordinal)
                || (t.DeclaringType is { } d && (d.Namespace == ns || d.Namespace.StartsWith(ns + ".", StringComparison.Ordinal)))))
            .SelectMany(t => t.Methods.Where(m => m.HasBody).SelectMany(m => m.Body.Instructions)
                .Where(i => i.OpCode == OpCodes.Ldstr && !NamesAnArgument(i))
                .Select(i => (t.FullName, (string)i.Operand)))
            .ToList();
    }

    // A parameter's name passed as the last argument to a [CallerArgumentExpression] parameter (Guard.NotNull, the
    // element collections) or to an ArgumentException: the format names members as the model does (by design), so the
    // name of a model parameter is not a format name.
    private static bool NamesAnArgument(Instruction load)
        => load.Next is { } next && (next.OpCode == OpCodes.Call || next.OpCode == OpCodes.Newobj) && next.Operand is MethodReference called
            && (called.DeclaringType.Name.StartsWith("Argument", StringComparison.Ordinal)
                || (called.Resolve() is { } method && method.Parameters.Count > 0
                    && method.Parameters[^1].CustomAttributes.Any(a => a.AttributeType.Name == "CallerArgumentExpressionAttribute")));

    /// <summary>The constants among <paramref name="constants"/> that are a JSON path or a list name of the format.</summary>
    internal static List<string> FormatNames(IEnumerable<(string Type, string Text)> constants, IReadOnlySet<string> listNames)
        => constants.Where(c => c.Text.StartsWith("$.", StringComparison.Ordinal) || c.Text.StartsWith("$[", StringComparison.Ordinal) || listNames.Contains(c.Text))
            .Select(c => $"{c.Type}: \"{c.Text}\"")
            .Distinct()
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void ModelAndResults_HoldNoJsonPathOrListNameOfTheFormat()
    {
        var constants = StringConstants(typeof(CoverageReport).Assembly.Location, Layers);

        constants.Should().NotBeEmpty("the detector reads the constants of the model and the results");
        FormatNames(constants, ListNames()).Should().BeEmpty("the documents layer writes JSON paths from kind, position and member (Documents/Json/ElementPaths.cs)");
    }

    [Fact]
    public void FormatNames_PathOrListName_IsReported()
    {
        // The detector is not blind: the documents layer itself holds such names, and invented constants are caught.
        var documents = StringConstants(typeof(CoverageReport).Assembly.Location, ["IntegrationConcept.Documents.Json.V1"]);
        FormatNames(documents, ListNames()).Should().Contain(s => s.EndsWith(": \"actionFields\"", StringComparison.Ordinal));

        FormatNames([("Model.X", "$.goals[3]"), ("Model.X", "targetGroups"), ("Model.X", "Ziele"), ("Model.X", "$")], ListNames())
            .Should().Equal("Model.X: \"$.goals[3]\"", "Model.X: \"targetGroups\"");
    }

    [Fact]
    public void ModelAndResults_ReferenceNoTypeOfTheDocumentsLayer()
    {
        foreach (var layer in Layers)
        {
            var result = Types.InAssembly(typeof(CoverageReport).Assembly).That().ResideInNamespace(layer)
                .ShouldNot().HaveDependencyOn("IntegrationConcept.Documents").GetResult();

            (result.FailingTypeNames ?? []).Should().BeEmpty("{0} carries structural locations; the documents layer names them", layer);
        }

        typeof(CoverageReport).Assembly.GetTypes().Where(t => t.Name == "DocumentPaths").Should().BeEmpty("the element list names moved to Documents/Json/V1/V1Names.cs and V2/V2Names.cs");
    }
}
