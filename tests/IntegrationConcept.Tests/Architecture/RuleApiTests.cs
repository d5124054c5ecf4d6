using FluentAssertions;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using NetArchTest.Rules;
using Xunit;

namespace IntegrationConcept.Tests.Architecture;

/// <summary>
/// The built-in rules are written against the public rule API (<see cref="ICoverageRule"/>,
/// <see cref="RuleContext"/>, <see cref="FindingSink"/>), as a custom rule is: none of them reaches for the
/// checker's internal types (indexes, grading, the finding buffer). Not covered by this test, and not yet public: the
/// read-only evaluations of the Results namespace that built-in rules share with the report (target outcomes,
/// indicator tracks, the per-check indicator states and the shared subjects of <c>RuleContext.Subject</c>).
/// </summary>
public sealed class RuleApiTests
{
    private static readonly System.Reflection.Assembly Library = typeof(CoverageReport).Assembly;

    private static string[] EngineInternals()
        => Library.GetTypes()
            .Where(t => t.Namespace == "IntegrationConcept.Rules" && !t.IsPublic && !t.IsNested && !t.Name.StartsWith('<'))
            .Select(t => t.FullName!)
            .ToArray();

    [Fact]
    public void EngineInternals_AreFound()
        => EngineInternals().Should().Contain(["IntegrationConcept.Rules.PlanCheck", "IntegrationConcept.Rules.PlanIndex", "IntegrationConcept.Rules.Grading", "IntegrationConcept.Rules.FindingBuffer"]);

    [Fact]
    public void BuiltInRules_UseOnlyThePublicRuleApi()
    {
        var result = Types.InAssembly(Library).That().ResideInNamespace("IntegrationConcept.Rules.BuiltIn")
            .ShouldNot().HaveDependencyOnAny(EngineInternals()).GetResult();

        (result.FailingTypeNames ?? []).Should().BeEmpty("a built-in rule reads what a custom rule reads");
    }

    [Fact]
    public void BuiltInRules_ImplementThePublicInterfaceDirectly()
    {
        foreach (var rule in IntegrationConcept.Rules.BuiltIn.BuiltInRules.All)
        {
            var type = rule.GetType();
            while (type.BaseType is { } parent && parent != typeof(object))
            {
                parent.Namespace.Should().Be("IntegrationConcept.Rules.BuiltIn", "{0} derives only from rules of its own kind, not from an engine base class", rule.GetType().Name);
                type = parent;
            }
        }
    }
}
