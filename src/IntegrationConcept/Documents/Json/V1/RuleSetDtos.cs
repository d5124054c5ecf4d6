using System.Collections.Generic;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;

namespace IntegrationConcept.Documents.Json.V1;

// The rule set document, format version 1: plain data only (ids, enums, numbers, texts). Custom rules are C#
// code and never part of the document. Property order is the order written.

/// <summary>A <see cref="RuleSet"/> document, without its custom rules.</summary>
internal sealed record RuleSetDocumentDto : DocumentDto
{
    public required string Name { get; init; }

    public IReadOnlyList<RuleSeverityDto>? Severities { get; init; }

    public IReadOnlyList<CategorySeverityDto>? CategorySeverities { get; init; }

    public IReadOnlyList<string>? DisabledRuleIds { get; init; }

    public IReadOnlyList<RuleParameterValueDto>? Parameters { get; init; }
}

/// <summary>A <see cref="RuleSeverityOverride"/>.</summary>
internal sealed record RuleSeverityDto
{
    public required string RuleId { get; init; }

    public required Severity Severity { get; init; }
}

/// <summary>A <see cref="CategorySeverityOverride"/>.</summary>
internal sealed record CategorySeverityDto
{
    public required RuleCategory Category { get; init; }

    public required Severity Severity { get; init; }
}

/// <summary>A <see cref="RuleParameterValue"/>: <c>value</c> is a JSON number or string, as the parameter declares.</summary>
internal sealed record RuleParameterValueDto
{
    public required string RuleId { get; init; }

    public required string Name { get; init; }

    public required ParameterScalar Value { get; init; }
}

/// <summary>A parameter's value as written: a number or a text (exactly one is set).</summary>
internal sealed record ParameterScalar(decimal? Number, string? Text);
