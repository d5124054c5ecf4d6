using System;
using System.Collections.Concurrent;
using System.IO;
using IntegrationConcept.Documents.Json;
using IntegrationConcept.Model;

namespace IntegrationConcept.Documents;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the document format, one per <see cref="DocumentKind"/>. They are the files
/// under <c>schemas/</c> in the repository and the package; each schema's <c>$id</c> is the URL that documents name
/// in their <c>"$schema"</c> member.
/// </summary>
public static class DocumentSchemas
{
    private static readonly ConcurrentDictionary<DocumentKind, string> Texts = new();

    /// <summary>Gets the JSON Schema of city concept documents (<c>city-concept.v1.schema.json</c>).</summary>
    public static string CityConcept => Get(DocumentKind.CityConcept);

    /// <summary>Gets the JSON Schema of district plan documents (<c>district-plan.v1.schema.json</c>).</summary>
    public static string DistrictPlan => Get(DocumentKind.DistrictPlan);

    /// <summary>Gets the JSON Schema of rule set documents (<c>rule-set.v1.schema.json</c>); custom rules are code and not part of it.</summary>
    public static string RuleSet => Get(DocumentKind.RuleSet);

    /// <summary>Gets the JSON Schema of coverage report documents (<c>coverage-report.v1.schema.json</c>).</summary>
    public static string CoverageReport => Get(DocumentKind.CoverageReport);

    /// <summary>Gets the JSON Schema of coverage matrix documents (<c>coverage-matrix.v1.schema.json</c>).</summary>
    public static string CoverageMatrix => Get(DocumentKind.CoverageMatrix);

    /// <summary>Gets the JSON Schema of feedback documents (<c>feedback.v1.schema.json</c>).</summary>
    public static string Feedback => Get(DocumentKind.Feedback);

    /// <summary>Gets the JSON Schema of a kind of document.</summary>
    /// <param name="kind">The kind of document.</param>
    /// <returns>The schema text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a known kind.</exception>
    public static string Get(DocumentKind kind) => Texts.GetOrAdd(kind, static k => Load(DocumentFormats.Get(k)));

    /// <summary>Gets the URL of a kind of document's schema: its <c>$id</c>, and the <c>"$schema"</c> value written into documents.</summary>
    /// <param name="kind">The kind of document.</param>
    /// <returns>The URL, such as <c>https://raw.githubusercontent.com/integrationconcept/integrationconcept/main/schemas/city-concept.v1.schema.json</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a known kind.</exception>
    public static Uri GetUri(DocumentKind kind) => new(DocumentFormats.Get(kind).SchemaUrl);

    private static string Load(DocumentFormat format)
    {
        var name = "IntegrationConcept.Schemas." + format.SchemaFileName;
        using var stream = typeof(DocumentSchemas).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The schema resource '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
