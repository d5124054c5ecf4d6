using System.Reflection;
using FluentAssertions;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using IntegrationConcept.Rules.BuiltIn;
using IntegrationConcept.Tests.Architecture.RuleFixture;
using IntegrationConcept.Tests.Architecture.RuleFixture.BuiltIn;
using Xunit;

namespace IntegrationConcept.Tests.Architecture;

/// <summary>
/// The source generator registers only the non-nested, non-generic rule classes of <c>Rules.BuiltIn</c>. A rule class
/// anywhere else in the library would compile, could be documented, and would never run. This test finds every concrete
/// <see cref="ICoverageRule"/> of the library and requires it to be registered, or to be listed in
/// <see cref="DeliberatelyNotBuiltIn"/> with the reason.
/// </summary>
public sealed class RuleRegistrationTests
{
    /// <summary>Rule classes of the library that are not built-in rules on purpose, each with its reason (none today).</summary>
    private static readonly Dictionary<Type, string> DeliberatelyNotBuiltIn = new();

    private static Assembly Library => typeof(CoverageReport).Assembly;

    /// <summary>The concrete rule types among <paramref name="types"/> that are neither registered nor excused, each with what is wrong.</summary>
    internal static List<string> Unregistered(IEnumerable<Type> types, string builtInNamespace, IEnumerable<Type> registered, IEnumerable<Type> excused)
    {
        var known = registered.Concat(excused).ToHashSet();
        return types
            .Where(t => typeof(ICoverageRule).IsAssignableFrom(t) && t is { IsClass: true, IsAbstract: false } && !known.Contains(t))
            .Select(t => t.FullName + (t.Namespace != builtInNamespace ? " lies outside " + builtInNamespace
                : t.IsNested ? " is nested in " + t.DeclaringType!.Name
                : t.IsGenericType ? " is generic"
                : " is in " + builtInNamespace + " but not registered"))
            .OrderBy(s => s, StringComparer.Ordinal)
            .ToList();
    }

    [Fact]
    public void Library_EveryRuleClassIsRegisteredOrDeliberatelyNotBuiltIn()
    {
        var unregistered = Unregistered(Library.GetTypes(), typeof(BuiltInRules).Namespace!, BuiltInRules.All.Select(r => r.GetType()), DeliberatelyNotBuiltIn.Keys);

        unregistered.Should().BeEmpty("the generator registers only the top-level rule classes of Rules.BuiltIn; move the class there or list it, with the reason, in DeliberatelyNotBuiltIn");
        BuiltInRules.All.Should().NotBeEmpty();
    }

    [Fact]
    public void Unregistered_RuleOutsideTheNamespaceOrNested_IsReported()
    {
        var fixture = typeof(StrayRule).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith(typeof(StrayRule).Namespace!, StringComparison.Ordinal) == true);

        Unregistered(fixture, typeof(PlacedRule).Namespace!, [typeof(PlacedRule)], []).Should().Equal(
            typeof(Holder.NestedRule).FullName + " is nested in Holder",
            typeof(StrayRule).FullName + " lies outside " + typeof(PlacedRule).Namespace);
    }

    [Fact]
    public void Unregistered_ExcusedRule_IsNotReported()
    {
        var fixture = new[] { typeof(StrayRule), typeof(PlacedRule) };

        Unregistered(fixture, typeof(PlacedRule).Namespace!, [typeof(PlacedRule)], [typeof(StrayRule)]).Should().BeEmpty();
        Unregistered(fixture, typeof(PlacedRule).Namespace!, [], [typeof(StrayRule)]).Should().Equal(typeof(PlacedRule).FullName + " is in " + typeof(PlacedRule).Namespace + " but not registered");
    }
}
