using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;

namespace IntegrationConcept.Rendering.Sarif;

/// <summary>Builds the SARIF object model of one run from reports (one, or a matrix's).</summary>
internal static class SarifLogBuilder
{
    private const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private const string RootId = "SRCROOT";

    private static readonly string ToolVersion = ReadToolVersion();

    /// <summary>
    /// The run's <c>language</c>, a BCP-47 tag with a region as SARIF's examples give it: the culture's own name when it
    /// has a region (<c>de-AT</c>, <c>en-GB</c>), <c>de-DE</c> for the neutral German culture (<see cref="MessageCulture.German"/>
    /// is named <c>de</c>), <c>en-US</c> for the invariant culture (<see cref="MessageCulture.English"/>), else the neutral name.
    /// </summary>
    public static string LanguageTag(CultureInfo culture) => culture.Name switch
    {
        "" => "en-US",
        "de" => "de-DE",
        var name => name,
    };

    public static SarifLogDto Build(IReadOnlyList<CoverageReport> reports, CultureInfo culture, SarifSources? sources, IEnumerable<SarifRule> rules)
    {
        if (sources is not null && sources.Plans.Count != reports.Count)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The sources name {sources.Plans.Count} district plan files for {reports.Count} reports; give one file per report, in the reports' order."),
                nameof(sources));
        }

        var (ruleDtos, ruleIndex) = SarifRules.Describe(rules, LanguageTable.For(culture));
        var artifacts = sources is null ? null : Artifacts(sources);
        var results = new List<SarifResultDto>();
        var districts = new List<string>(reports.Count);
        for (var r = 0; r < reports.Count; r++)
        {
            var report = reports[r];
            districts.Add(report.District);
            foreach (var finding in report.Findings)
            {
                results.Add(Result(finding, report, culture, ruleIndex, sources, r));
            }
        }

        var first = reports.Count > 0 ? reports[0] : null;
        var run = new SarifRunDto(
            new SarifToolDto(new SarifDriverDto("IntegrationConcept", ToolVersion, ToolVersion, SarifRules.InformationUri, ruleDtos)),
            LanguageTag(culture),
            "utf16CodeUnits",
            sources?.SourceRoot is { } root ? new Dictionary<string, SarifArtifactLocationDto> { [RootId] = new(root.AbsoluteUri) } : null,
            artifacts,
            results,
            new SarifRunPropertiesDto(
                first is null ? string.Empty : first.EvaluationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                first?.RuleSetName ?? string.Empty,
                districts));
        return new SarifLogDto(SchemaUri, "2.1.0", [run]);
    }

    private static SarifResultDto Result(Finding finding, CoverageReport report, CultureInfo culture, Dictionary<string, int> ruleIndex, SarifSources? sources, int reportIndex)
    {
        var subject = finding.Subject;
        var logical = new SarifLogicalLocationDto(subject.Id, subject.Path, subject.Member is null ? "object" : "property");
        SarifPhysicalLocationDto? physical = null;
        if (sources is not null && Source(sources, subject.Document, reportIndex) is var (source, artifactIndex) && source is not null)
        {
            var region = source.Map is { } map ? ToRegion(map.Locate(subject.Path)) : null;
            physical = new SarifPhysicalLocationDto(Location(source, sources, artifactIndex), region);
        }

        var reasons = finding.Reasons.Count == 0 ? null : finding.RenderReasons(culture);
        var suppressions = finding.SuppressionJustification is { } justification
            ? new[] { new SarifSuppressionDto("inSource", "accepted", justification) }
            : null;
        return new SarifResultDto(
            finding.RuleId,
            ruleIndex.TryGetValue(finding.RuleId, out var index) ? index : null,
            SarifRules.Level(finding.Severity),
            new SarifTextDto(SarifRules.Sentence(finding.Message(culture))),
            [new SarifLocationDto(physical, [logical])],
            suppressions,
            new SarifResultPropertiesDto(report.District, DocumentName(subject.Document), reasons is null ? null : [.. reasons]));
    }

    private static SarifRegionDto ToRegion(JsonSourcePosition position) => new(position.Line, position.Column);

    // The file a finding's element stands in: the concept for concept elements, the report's plan otherwise.
    private static (SarifSource? Source, int ArtifactIndex) Source(SarifSources sources, DocumentKind document, int reportIndex)
        => document == DocumentKind.CityConcept ? (sources.Concept, 0) : (sources.Plans[reportIndex], reportIndex + 1);

    private static List<SarifArtifactDto> Artifacts(SarifSources sources)
    {
        var artifacts = new List<SarifArtifactDto> { Artifact(sources.Concept, sources) };
        foreach (var plan in sources.Plans)
        {
            artifacts.Add(Artifact(plan, sources));
        }

        return artifacts;
    }

    private static SarifArtifactDto Artifact(SarifSource source, SarifSources sources)
        => new(Location(source, sources, null), "application/json", ["analysisTarget"]);

    private static SarifArtifactLocationDto Location(SarifSource source, SarifSources sources, int? index)
        => new(source.Uri, source.IsAbsolute || sources.SourceRoot is null ? null : RootId, index);

    private static string DocumentName(DocumentKind document)
        => document == DocumentKind.CityConcept ? "cityConcept" : document == DocumentKind.DistrictPlan ? "districtPlan" : document.ToString();

    // The library's version without build metadata ("0.1.0", not "0.1.0+abc123"), so the log does not change per commit.
    private static string ReadToolVersion()
    {
        var version = typeof(SarifLogBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(SarifLogBuilder).Assembly.GetName().Version?.ToString(3)
            ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? version[..plus] : version;
    }
}
