using System;
using System.Collections.Generic;
using IntegrationConcept.Internal;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rules;

/// <summary>
/// Where a rule reports its findings. The sink fills in the rule id, the effective severity, the category and the
/// message template from the rule's descriptor; the rule gives the element and the template's arguments.
/// </summary>
public sealed class FindingSink
{
    private readonly RuleDescriptor _descriptor;
    private readonly Severity _severity;
    private readonly FindingBuffer _findings;
    private readonly int _rank;

    internal FindingSink(RuleDescriptor descriptor, Severity severity, FindingBuffer findings, int rank)
    {
        _descriptor = descriptor;
        _severity = severity;
        _findings = findings;
        _rank = rank;
    }

    /// <summary>Gets the descriptor of the rule reporting.</summary>
    public RuleDescriptor Rule => _descriptor;

    /// <summary>
    /// Whether a finding on an element of a kind is worth building before <see cref="Report(ElementReference, MessageArgument[])"/>:
    /// <see langword="false"/> once the rule has reported more than <see cref="CoverageReport.MaxFindingsPerRuleAndKind"/>
    /// such findings, and then the finding is counted for the aggregate as if it had been reported. A built-in rule
    /// asks before it makes the subject, the arguments and the reasons, so that a large plan allocates only for the
    /// findings the report keeps.
    /// </summary>
    /// <param name="document">The document of the subject.</param>
    /// <param name="kind">The kind of the subject.</param>
    /// <returns><see langword="true"/> when the rule should build and report the finding.</returns>
    internal bool Admits(DocumentKind document, ElementKind kind) => _findings.Admits(_rank, document, kind);

    /// <summary>Reports a finding.</summary>
    /// <param name="subject">The element the finding is about.</param>
    /// <param name="arguments">The arguments for the rule's message template.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is <see langword="null"/>.</exception>
    public void Report(ElementReference subject, params MessageArgument[] arguments)
        => Report(subject, arguments, null);

    /// <summary>Reports a finding with the reasons why the rule fired.</summary>
    /// <param name="subject">The element the finding is about.</param>
    /// <param name="arguments">The arguments for the rule's message template.</param>
    /// <param name="reasons">Why the rule fired: missing criteria, compared dates and values.</param>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// The finding keeps an <see cref="System.Collections.Immutable.ImmutableArray{T}"/> (or a <see cref="Model.ValueList{T}"/>) as it
    /// is and copies any other sequence: a rule that builds a fresh array per finding can hand it over without a copy
    /// with <see cref="System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray{T}(T[])"/>, provided it never changes
    /// the array again. The built-in rules do so.
    /// </remarks>
    public void Report(ElementReference subject, IEnumerable<MessageArgument>? arguments, IEnumerable<LocalizedMessage>? reasons)
    {
        Guard.NotNull(subject);
        _findings.Add(new Finding(
            _descriptor.Id,
            _severity,
            _descriptor.Category,
            subject,
            new LocalizedMessage(_descriptor.MessageTemplate, arguments),
            reasons), _rank);
    }
}
