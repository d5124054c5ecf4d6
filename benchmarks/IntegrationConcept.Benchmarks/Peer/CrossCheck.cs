using IntegrationConcept.Results;
using IntegrationConcept.Rules;

namespace IntegrationConcept.Benchmarks.Peer;

/// <summary>Holds the peer to the library: both must find the same number of elements per core rule.</summary>
public static class CrossCheck
{
    /// <summary>
    /// Counts the library's findings of the core rules (suppressed findings included: they are still found). A report
    /// keeps the first <see cref="CoverageReport.MaxFindingsPerRuleAndKind"/> findings of a rule and kind and adds one
    /// finding that counts the rest ("… und N weitere Befunde …"); that one counts as the N elements it stands for.
    /// </summary>
    public static PeerCounts Count(CoverageReport report)
    {
        int Of(string ruleId)
        {
            var n = 0;
            foreach (var finding in report.Findings)
            {
                if (finding.RuleId == ruleId)
                {
                    n += LeftOut(finding) ?? 1;
                }
            }

            return n;
        }

        return new PeerCounts(
            Of(RuleIds.UncoveredGoal),
            Of(RuleIds.PartlyCoveredGoal),
            Of(RuleIds.GoalWithoutMeasure),
            Of(RuleIds.MeasureWithoutCarrier),
            Of(RuleIds.MeasureWithoutPeriod),
            Of(RuleIds.IndicatorWithoutBaseline),
            Of(RuleIds.IndicatorWithoutTarget),
            Of(RuleIds.IndicatorWithoutDataSource));
    }

    // The aggregate finding's arguments: how many were left out, the rule id, the kind, the limit.
    private static int? LeftOut(Finding finding)
        => finding.MessageData.Arguments is [{ Number: { } more }, { Text: { } rule }, _, { Number: CoverageReport.MaxFindingsPerRuleAndKind }]
            && rule == finding.RuleId
            ? (int)more
            : null;

    /// <summary>Throws unless the peer and the library agree.</summary>
    /// <exception cref="InvalidOperationException">They disagree; the message shows both.</exception>
    public static void AssertSame(PeerCounts peer, PeerCounts library)
    {
        if (peer != library)
        {
            throw new InvalidOperationException($"The RulesEngine peer and the library disagree.\n  peer:    {peer}\n  library: {library}");
        }
    }
}
