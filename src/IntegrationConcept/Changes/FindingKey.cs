using System;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Changes;

/// <summary>
/// What makes two findings of two checks the same finding: the rule id and the element (document, kind and id; the
/// JSON path only for an element without an id). Not the message text, which changes with dates and values.
/// </summary>
internal readonly record struct FindingKey(string RuleId, DocumentKind Document, ElementKind Kind, string Element)
{
    public static FindingKey Of(Finding finding)
        => new(finding.RuleId, finding.Subject.Document, finding.Subject.Kind, finding.Subject.Id ?? finding.Subject.Path);

    public bool Equals(FindingKey other)
        => Document == other.Document && Kind == other.Kind
            && string.Equals(RuleId, other.RuleId, StringComparison.Ordinal)
            && string.Equals(Element, other.Element, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(RuleId, Document, Kind, Element);
}
