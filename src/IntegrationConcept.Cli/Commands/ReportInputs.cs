using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IntegrationConcept.Cli.Input;
using IntegrationConcept.Cli.Output;
using IntegrationConcept.Documents;
using IntegrationConcept.Model;
using IntegrationConcept.Rendering.Sarif;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;

namespace IntegrationConcept.Cli.Commands;

/// <summary>The documents check and matrix work on, read from their files: the concept, the plans, the rule set.</summary>
internal sealed class ReportInputs
{
    private ReportInputs(LoadedDocument<CityConcept> concept, IReadOnlyList<LoadedDocument<DistrictPlan>> plans, RuleSet ruleSet)
    {
        Concept = concept;
        Plans = plans;
        RuleSet = ruleSet;
    }

    public LoadedDocument<CityConcept> Concept { get; }

    public IReadOnlyList<LoadedDocument<DistrictPlan>> Plans { get; }

    public RuleSet RuleSet { get; }

    /// <summary>Reads every file; prints every problem of every file and returns <see langword="null"/> when there is one.</summary>
    public static ReportInputs? Read(ToolConsole console, ReportSettings settings, string conceptPath, IReadOnlyList<string> planPaths)
    {
        var loader = new DocumentLoader(console, settings.Language, planPaths.Count + 1 + (settings.RulesPath is null ? 0 : 1));
        var ruleSet = settings.RulesPath is null ? RuleSet.Default : loader.Load(settings.RulesPath, bytes => DocumentSerializer.ReadRuleSet(bytes, loader.ReadOptions))?.Value;
        var concept = loader.Load(conceptPath, bytes => DocumentSerializer.ReadCityConcept(bytes, loader.ReadOptions));
        var plans = new List<LoadedDocument<DistrictPlan>>(planPaths.Count);
        foreach (var path in planPaths)
        {
            if (loader.Load(path, bytes => DocumentSerializer.ReadDistrictPlan(bytes, loader.ReadOptions)) is { } plan)
            {
                plans.Add(plan);
            }
        }

        if (loader.ReportProblems() != ExitCodes.Clean || concept is null || ruleSet is null)
        {
            return null;
        }

        return new ReportInputs(concept, plans, ruleSet);
    }

    /// <summary>The render input: culture, rule set, and the files as SARIF points into them.</summary>
    public RenderInput RenderInput(ToolConsole console, ReportSettings settings, IReadOnlyList<LoadedDocument<DistrictPlan>> plans)
        => new(
            settings.Culture,
            RuleSet,
            new Lazy<SarifSources>(() => new SarifSources(Source(console, Concept.Path, Concept.Bytes), plans.Select(p => Source(console, p.Path, p.Bytes)))));

    /// <summary>Whether any report has a finding, not suppressed, at or above the severity; never for <see langword="null"/>.</summary>
    public static bool Fails(IEnumerable<CoverageReport> reports, Severity? failOn)
    {
        if (failOn is not { } threshold)
        {
            return false;
        }

        foreach (var report in reports)
        {
            for (var severity = Severity.Error; severity <= threshold; severity++)
            {
                if (report.Count(severity) > 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // A file as SARIF names it: relative to the working folder with '/' separators when it lies inside, else an absolute file URI.
    private static SarifSource Source(ToolConsole console, string path, byte[] bytes)
    {
        var full = console.FullPath(path);
        var relative = Path.GetRelativePath(console.WorkingDirectory, full);
        var inside = !Path.IsPathRooted(relative) && !relative.StartsWith("..", StringComparison.Ordinal);
        var uri = inside
            ? string.Join('/', relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString))
            : new Uri(full).AbsoluteUri;
        return new SarifSource(uri, bytes);
    }
}
