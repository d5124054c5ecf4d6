using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules;

/// <summary>
/// Collects findings with their sort keys and sorts them once: by document (concept, then plan), by the element's
/// section (in the order of <see cref="Model.ElementKind"/>), by position in the section, by rule id (ordinal),
/// then in the order reported. Keys are small structs so that sorting touches no finding object.
/// </summary>
/// <remarks>
/// Bounded by design: of the findings one rule reports on one kind of element of one document, the first
/// <see cref="CoverageReport.MaxFindingsPerRuleAndKind"/> are kept; the rest are counted, and one aggregate finding of
/// the same rule says how many were left out ("… und 999000 weitere Befunde …"), placed at the first one left out.
/// </remarks>
internal sealed class FindingBuffer
{
    private readonly List<Entry> _entries = new();
    // Keyed by the rule's rank (rule ids are unique within a checker, so the rank stands for the id), the document
    // and the kind packed into one number: no string is hashed per finding.
    private readonly Dictionary<long, Tally> _tallies = new();
    private readonly int _limit;

    public FindingBuffer(int limit = CoverageReport.MaxFindingsPerRuleAndKind)
    {
        _limit = limit;
    }

    public int Count => _entries.Count;

    public Finding this[int index]
    {
        get => _entries[index].Finding;
        set => _entries[index] = _entries[index] with { Finding = value };
    }

    /// <summary>
    /// Whether a finding of a rule on an element of a kind is still worth building: it would be kept, or it is the
    /// first one left out (the aggregate names it). Past that, the finding is only counted here, exactly as
    /// <see cref="Add"/> would count it, and the caller builds nothing.
    /// </summary>
    public bool Admits(int ruleRank, DocumentKind document, ElementKind kind)
    {
        ref var tally = ref CollectionsMarshal.GetValueRefOrNullRef(_tallies, Key(ruleRank, document, kind));
        if (Unsafe.IsNullRef(ref tally) || tally.Reported <= _limit)
        {
            return true;
        }

        tally.Reported++;
        return false;
    }

    public void Add(Finding finding, int ruleRank)
    {
        var subject = finding.Subject;
        ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(_tallies, Key(ruleRank, subject.Document, subject.Kind), out _);
        tally.Reported++;
        if (tally.Reported > _limit)
        {
            if (tally.Reported == _limit + 1)
            {
                tally.FirstLeftOut = finding;
                tally.RuleRank = ruleRank;
            }

            return;
        }

        Keep(finding, ruleRank);
    }

    private static long Key(int ruleRank, DocumentKind document, ElementKind kind)
        => ((long)ruleRank << 40) | ((long)(byte)document << 32) | (uint)kind;

    private void Keep(Finding finding, int ruleRank)
    {
        var subject = finding.Subject;
        var primary = ((long)subject.Document << 60) | ((long)subject.Kind << 52) | ((subject.Index ?? -1) + 1L);
        _entries.Add(new Entry(new FindingKey(primary, ruleRank, _entries.Count), finding));
    }

    /// <summary>Sorts the findings in place and returns them as an immutable array over one new array (no further copy).</summary>
    public IEnumerable<Finding> Sort()
    {
        foreach (var tally in _tallies.Values)
        {
            if (tally.FirstLeftOut is { } first)
            {
                Keep(Aggregate(first, tally.Reported - _limit), tally.RuleRank);
            }
        }

        _tallies.Clear();
        var entries = CollectionsMarshal.AsSpan(_entries);
        entries.Sort(static (a, b) => a.Key.CompareTo(b.Key));
        var findings = new Finding[entries.Length];
        for (var i = 0; i < findings.Length; i++)
        {
            findings[i] = entries[i].Finding;
        }

        // Boxed, so that the report's list takes the array as it is instead of copying it.
        return ImmutableCollectionsMarshal.AsImmutableArray(findings);
    }

    // One finding for the ones left out: the rule's id, severity and category, at the first one left out.
    private Finding Aggregate(Finding first, long leftOut)
        => new(
            first.RuleId,
            first.Severity,
            first.Category,
            first.Subject,
            new LocalizedMessage(Terms.MoreFindings, [
                MessageArgument.FromNumber(leftOut),
                MessageArgument.FromText(first.RuleId),
                MessageArgument.FromLocalized(Terms.Kind(first.Subject.Kind)),
                MessageArgument.FromNumber(_limit),
            ]));

    private struct Tally
    {
        public long Reported;
        public Finding? FirstLeftOut;
        public int RuleRank;
    }

    private readonly record struct Entry(FindingKey Key, Finding Finding);

    private readonly record struct FindingKey(long Primary, int RuleRank, int Sequence) : IComparable<FindingKey>
    {
        public int CompareTo(FindingKey other)
        {
            var c = Primary.CompareTo(other.Primary);
            if (c != 0)
            {
                return c;
            }

            c = RuleRank.CompareTo(other.RuleRank);
            return c != 0 ? c : Sequence.CompareTo(other.Sequence);
        }
    }
}
