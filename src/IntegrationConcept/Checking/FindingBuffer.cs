using System;
using System.Collections.Generic;
using IntegrationConcept.Reporting;

namespace IntegrationConcept.Checking;

/// <summary>
/// Collects findings with their sort keys and sorts them once: by document (concept, then plan), by the element's
/// section (in the order of <see cref="Model.ElementKind"/>), by position in the section, by rule id (ordinal),
/// then in the order reported. Keys are small structs so that sorting touches no finding object.
/// </summary>
internal sealed class FindingBuffer
{
    private readonly List<Finding> _findings = new();
    private readonly List<FindingKey> _keys = new();

    public int Count => _findings.Count;

    public Finding this[int index]
    {
        get => _findings[index];
        set => _findings[index] = value;
    }

    public void Add(Finding finding, int ruleRank)
    {
        var subject = finding.Subject;
        var primary = ((long)subject.Document << 60) | ((long)subject.Kind << 52) | ((subject.Index ?? -1) + 1L);
        _keys.Add(new FindingKey(primary, ruleRank, _findings.Count));
        _findings.Add(finding);
    }

    public Finding[] Sort()
    {
        var keys = _keys.ToArray();
        var findings = _findings.ToArray();
        Array.Sort(keys, findings);
        return findings;
    }

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
