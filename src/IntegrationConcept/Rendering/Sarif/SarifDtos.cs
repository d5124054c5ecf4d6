using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IntegrationConcept.Rendering.Sarif;

// The part of the SARIF 2.1.0 object model the reports use (https://docs.oasis-open.org/sarif/sarif/v2.1.0/).
// Members are written in declaration order; null members are left out.

/// <summary>The SARIF log: the schema, the version and one run.</summary>
internal sealed record SarifLogDto(
    [property: JsonPropertyName("$schema")] string Schema,
    string Version,
    IReadOnlyList<SarifRunDto> Runs);

/// <summary>One run of the tool: the tool and its rules, the files, the results.</summary>
internal sealed record SarifRunDto(
    SarifToolDto Tool,
    string Language,
    string ColumnKind,
    IReadOnlyDictionary<string, SarifArtifactLocationDto>? OriginalUriBaseIds,
    IReadOnlyList<SarifArtifactDto>? Artifacts,
    IReadOnlyList<SarifResultDto> Results,
    SarifRunPropertiesDto Properties);

/// <summary>The run's own facts: what was checked, at which date.</summary>
internal sealed record SarifRunPropertiesDto(string EvaluationDate, string RuleSet, IReadOnlyList<string> Districts);

/// <summary>The tool: its driver.</summary>
internal sealed record SarifToolDto(SarifDriverDto Driver);

/// <summary>The tool component that ran: name, version, where to read more, and every rule.</summary>
internal sealed record SarifDriverDto(
    string Name,
    string Version,
    string SemanticVersion,
    string InformationUri,
    IReadOnlyList<SarifRuleDto> Rules);

/// <summary>A rule: id, name, short and full description, help and the configured level.</summary>
internal sealed record SarifRuleDto(
    string Id,
    string Name,
    SarifTextDto ShortDescription,
    SarifTextDto FullDescription,
    SarifTextDto Help,
    string HelpUri,
    SarifConfigurationDto DefaultConfiguration,
    SarifRulePropertiesDto Properties);

/// <summary>A plain text, with Markdown where it helps.</summary>
internal sealed record SarifTextDto(string Text, string? Markdown = null);

/// <summary>A rule's configuration: its level, and whether it runs.</summary>
internal sealed record SarifConfigurationDto(string Level, bool Enabled);

/// <summary>A rule's own facts: its category as a tag.</summary>
internal sealed record SarifRulePropertiesDto(IReadOnlyList<string> Tags);

/// <summary>A file the results point into.</summary>
internal sealed record SarifArtifactDto(SarifArtifactLocationDto Location, string MimeType, IReadOnlyList<string> Roles);

/// <summary>A file's URI, relative to a base or absolute, and its index among the run's artifacts.</summary>
internal sealed record SarifArtifactLocationDto(string Uri, string? UriBaseId = null, int? Index = null);

/// <summary>A result: the rule, level, message, where, and any suppression.</summary>
internal sealed record SarifResultDto(
    string RuleId,
    int? RuleIndex,
    string Level,
    SarifTextDto Message,
    IReadOnlyList<SarifLocationDto> Locations,
    IReadOnlyList<SarifSuppressionDto>? Suppressions,
    SarifResultPropertiesDto Properties);

/// <summary>A result's own facts: the district whose plan was checked, the reasons the rule gave.</summary>
internal sealed record SarifResultPropertiesDto(string District, string Document, IReadOnlyList<string>? Reasons);

/// <summary>Where a result is: in a file, and in the document's logical structure.</summary>
internal sealed record SarifLocationDto(SarifPhysicalLocationDto? PhysicalLocation, IReadOnlyList<SarifLogicalLocationDto> LogicalLocations);

/// <summary>A file and a region in it.</summary>
internal sealed record SarifPhysicalLocationDto(SarifArtifactLocationDto ArtifactLocation, SarifRegionDto? Region);

/// <summary>A region: where it starts.</summary>
internal sealed record SarifRegionDto(int StartLine, int StartColumn);

/// <summary>An element of a document: its id, its JSON path, its kind.</summary>
internal sealed record SarifLogicalLocationDto(string? Name, string FullyQualifiedName, string Kind);

/// <summary>A suppression written in the district plan, with its justification.</summary>
internal sealed record SarifSuppressionDto(string Kind, string Status, string Justification);
