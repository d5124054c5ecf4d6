using CsCheck;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;
using static IntegrationConcept.Tests.Documents.Generators.ModelGen;

namespace IntegrationConcept.Tests.Documents.Generators;

/// <summary>CsCheck generators of valid rule sets: any subset of the built-in rules, each configured at most once.</summary>
internal static class RuleSetGen
{
    private static readonly string[] RuleIdPool = RuleCatalog.All.Select(d => d.Id).ToArray();

    private static readonly (string RuleId, RuleParameter Parameter)[] ParameterPool =
        RuleCatalog.All.SelectMany(d => d.Parameters.Select(p => (d.Id, p))).ToArray();

    private static Gen<T[]> Subset<T>(T[] pool) => Gen.Bool.Array[pool.Length].Select(take => pool.Where((_, i) => take[i]).ToArray());

    private static Gen<T[]> Shuffled<T>(Gen<T[]> items) => items.SelectMany(a => Gen.Shuffle(a));

    public static readonly Gen<RuleSet> RuleSet =
        from name in Text
        from severities in Shuffled(Subset(RuleIdPool)).SelectMany(ids => Gen.Enum<Severity>().Array[ids.Length].Select(s => ids.Select((id, i) => new RuleSeverityOverride(id, s[i])).ToArray()))
        from categories in Shuffled(Subset(Enum.GetValues<RuleCategory>())).SelectMany(cs => Gen.Enum<Severity>().Array[cs.Length].Select(s => cs.Select((c, i) => new CategorySeverityOverride(c, s[i])).ToArray()))
        from disabled in Shuffled(Subset(RuleIdPool))
        from parameters in Subset(ParameterPool).SelectMany(ps => Gen.Decimal[0m, 1000m].Array[ps.Length].Select(v => ps.Select((p, i) => RuleParameterValue.OfNumber(p.RuleId, p.Parameter.Name, decimal.Max(p.Parameter.Minimum ?? 0m, decimal.Round(v[i], 3)))).ToArray()))
        where ToleranceOrderHolds(parameters)
        select new RuleSet(name, severities, categories, disabled, parameters);

    // A rule set rejects a yellow tolerance above the red one (defaults 10 and 25).
    private static bool ToleranceOrderHolds(RuleParameterValue[] parameters)
    {
        var yellow = parameters.FirstOrDefault(p => p.Name == RuleCatalog.YellowTolerancePercent)?.Number ?? 10m;
        var red = parameters.FirstOrDefault(p => p.Name == RuleCatalog.RedTolerancePercent)?.Number ?? 25m;
        return yellow <= red;
    }
}
