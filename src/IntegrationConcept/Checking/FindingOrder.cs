using System;
using System.Collections.Generic;
using IntegrationConcept.Reporting;

namespace IntegrationConcept.Checking;

/// <summary>
/// The deterministic order of findings: by document (concept, then plan), by the element's section (in the order
/// of <see cref="Model.ElementKind"/>), by position in the section, by rule id (ordinal), then in the order reported.
/// </summary>
internal static class FindingOrder
{
    public static Finding[] Sort(List<Finding> findings)
    {
        var keyed = new (Finding Finding, int Sequence)[findings.Count];
        for (var i = 0; i < keyed.Length; i++)
        {
            keyed[i] = (findings[i], i);
        }

        Array.Sort(keyed, static (a, b) => Compare(a.Finding, a.Sequence, b.Finding, b.Sequence));
        var sorted = new Finding[keyed.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = keyed[i].Finding;
        }

        return sorted;
    }

    private static int Compare(Finding a, int sa, Finding b, int sb)
    {
        var c = a.Subject.Document.CompareTo(b.Subject.Document);
        if (c != 0)
        {
            return c;
        }

        c = a.Subject.Kind.CompareTo(b.Subject.Kind);
        if (c != 0)
        {
            return c;
        }

        c = (a.Subject.Index ?? -1).CompareTo(b.Subject.Index ?? -1);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(a.RuleId, b.RuleId);
        return c != 0 ? c : sa.CompareTo(sb);
    }
}
