using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using IntegrationConcept.Rules.BuiltIn;

namespace IntegrationConcept.Rules;

/// <summary>
/// The descriptors of every built-in rule, in id order, and lookup by id. Each built-in rule describes itself (id,
/// title, category, default severity, message template, parameters); the catalogue is read from the registered rules.
/// </summary>
public static class RuleCatalog
{
    private static readonly Dictionary<string, RuleDescriptor> ById;

    static RuleCatalog()
    {
        var all = new RuleDescriptor[BuiltInRules.All.Length];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = BuiltInRules.All[i].Descriptor;
        }

        Array.Sort(all, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        All = ImmutableArray.Create(all);
        ById = new Dictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var descriptor in All)
        {
            ById.Add(descriptor.Id, descriptor);
        }
    }

    /// <summary>The name of IC4002's parameter: deviation (in percent of the planned change) above which an indicator is yellow; default 10.</summary>
    public const string YellowTolerancePercent = "yellowTolerancePercent";

    /// <summary>The name of IC4003's parameter: deviation (in percent of the planned change) above which an indicator is red; default 25.</summary>
    public const string RedTolerancePercent = "redTolerancePercent";

    /// <summary>The name of IC4004's parameter: the age in months above which the latest measurement is stale (default 24).</summary>
    public const string MaxAgeMonths = "maxAgeMonths";

    /// <summary>Gets every built-in rule, in id order.</summary>
    public static ImmutableArray<RuleDescriptor> All { get; }

    /// <summary>Gets a built-in rule by id.</summary>
    /// <param name="ruleId">The id, such as "IC1002".</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="RuleSetException">No built-in rule has this id.</exception>
    public static RuleDescriptor Get(string ruleId)
        => TryGet(ruleId, out var descriptor)
            ? descriptor
            : throw new RuleSetException(ruleId ?? string.Empty, null, $"There is no built-in rule {ruleId}.");

    /// <summary>Looks up a built-in rule by id.</summary>
    /// <param name="ruleId">The id.</param>
    /// <param name="descriptor">The descriptor, when found.</param>
    /// <returns><see langword="true"/> when a built-in rule has this id.</returns>
    public static bool TryGet(string ruleId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RuleDescriptor? descriptor)
    {
        descriptor = null;
        return ruleId is not null && ById.TryGetValue(ruleId, out descriptor);
    }
}
