using IntegrationConcept.Documents.Json;
using IntegrationConcept.Model;
using Json.Schema;

namespace IntegrationConcept.Tests.Documents;

/// <summary>Validates documents against the committed schema files with JsonSchema.Net (formats asserted).</summary>
internal static class SchemaValidation
{
    private static readonly Dictionary<DocumentKind, JsonSchema> Schemas = new()
    {
        [DocumentKind.CityConcept] = Load(DocumentKind.CityConcept),
        [DocumentKind.DistrictPlan] = Load(DocumentKind.DistrictPlan),
        [DocumentKind.RuleSet] = Load(DocumentKind.RuleSet),
        [DocumentKind.CoverageReport] = Load(DocumentKind.CoverageReport),
        [DocumentKind.CoverageMatrix] = Load(DocumentKind.CoverageMatrix),
        [DocumentKind.Feedback] = Load(DocumentKind.Feedback),
    };

    private static readonly EvaluationOptions Options = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

    // Schemas of the versions that are read but no longer written (such as city-concept.v1.schema.json), loaded on first use.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(DocumentKind, int), JsonSchema> OlderSchemas = new();

    /// <summary>Returns the schema errors of a document against the current version's schema; empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(DocumentKind kind, string json) => Errors(Schemas[kind], json);

    /// <summary>Returns the schema errors of a document against the schema of the given format version.</summary>
    public static IReadOnlyList<string> Errors(DocumentKind kind, int version, string json)
        => Errors(
            OlderSchemas.GetOrAdd((kind, version), static key => FromText(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "schemas", DocumentFormats.Get(key.Item1).SchemaFileNameOf(key.Item2))))),
            json);

    private static List<string> Errors(JsonSchema schema, string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, Options);
        if (result.IsValid)
        {
            return [];
        }

        return (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid")
            .ToList();
    }

    private static JsonSchema Load(DocumentKind kind)
        => FromText(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "schemas", DocumentFormats.Get(kind).SchemaFileName)));

    // Each schema in a registry of its own: the global registry refuses a second schema with the same $id.
    public static JsonSchema FromText(string text) => JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
}
