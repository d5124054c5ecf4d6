using System;
using System.Collections.Immutable;

namespace IntegrationConcept.Rules.BuiltIn;

/// <summary>One instance of every built-in rule, in id order (stateless, shared by every check).</summary>
/// <remarks>
/// There is no list to keep here: the source generator in <c>src/IntegrationConcept.Generators</c> writes
/// <c>CreateAll()</c> with every non-abstract <see cref="ICoverageRule"/> class of this namespace, so a rule is
/// registered by its file alone.
/// </remarks>
internal static partial class BuiltInRules
{
    public static ImmutableArray<ICoverageRule> All { get; } = InIdOrder(CreateAll());

    private static ImmutableArray<ICoverageRule> InIdOrder(ICoverageRule[] rules)
    {
        Array.Sort(rules, static (a, b) => string.CompareOrdinal(a.Descriptor.Id, b.Descriptor.Id));
        return ImmutableArray.Create(rules);
    }
}
