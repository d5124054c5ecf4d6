using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using IntegrationConcept.Documents.Json;
using IntegrationConcept.Model;

namespace IntegrationConcept.Documents;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the document format, one per <see cref="DocumentKind"/> and format version.
/// They are the files under <c>schemas/</c> in the repository and the package; each schema's <c>$id</c> is the URL
/// that documents name in their <c>"$schema"</c> member.
/// </summary>
/// <remarks>
/// The members without a version give the schema of the version that is written (the current one, such as
/// <c>city-concept.v2.schema.json</c>); <see cref="Get(DocumentKind, int)"/> gives the schema of any version that
/// is still read, such as <c>city-concept.v1.schema.json</c> for the documents written before format 2.
/// </remarks>
/// <example>
/// <code>
/// foreach (var version in DocumentSchemas.GetFormatVersions(DocumentKind.CityConcept))
/// {
///     File.WriteAllText($"city-concept.v{version}.schema.json", DocumentSchemas.Get(DocumentKind.CityConcept, version));
/// }
/// </code>
/// </example>
public static class DocumentSchemas
{
    private static readonly ConcurrentDictionary<(DocumentKind Kind, int Version), string> Texts = new();

    /// <summary>Gets the JSON Schema of city concept documents in the version written (<c>city-concept.v2.schema.json</c>).</summary>
    public static string CityConcept => Get(DocumentKind.CityConcept);

    /// <summary>Gets the JSON Schema of district plan documents in the version written (<c>district-plan.v2.schema.json</c>).</summary>
    public static string DistrictPlan => Get(DocumentKind.DistrictPlan);

    /// <summary>Gets the JSON Schema of rule set documents (<c>rule-set.v1.schema.json</c>); custom rules are code and not part of it.</summary>
    public static string RuleSet => Get(DocumentKind.RuleSet);

    /// <summary>Gets the JSON Schema of coverage report documents (<c>coverage-report.v1.schema.json</c>).</summary>
    public static string CoverageReport => Get(DocumentKind.CoverageReport);

    /// <summary>Gets the JSON Schema of coverage matrix documents (<c>coverage-matrix.v1.schema.json</c>).</summary>
    public static string CoverageMatrix => Get(DocumentKind.CoverageMatrix);

    /// <summary>Gets the JSON Schema of feedback documents (<c>feedback.v1.schema.json</c>).</summary>
    public static string Feedback => Get(DocumentKind.Feedback);

    /// <summary>Gets the JSON Schema of a kind of document in the version written.</summary>
    /// <param name="kind">The kind of document.</param>
    /// <returns>The schema text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a known kind.</exception>
    public static string Get(DocumentKind kind) => Get(kind, DocumentFormats.Get(kind).CurrentVersion);

    /// <summary>Gets the JSON Schema of one format version of a kind of document.</summary>
    /// <param name="kind">The kind of document.</param>
    /// <param name="formatVersion">The format version, one of <see cref="GetFormatVersions(DocumentKind)"/>, such as 1 for <c>city-concept.v1.schema.json</c>.</param>
    /// <returns>The schema text, byte for byte the file under <c>schemas/</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a known kind, or the kind has no format version <paramref name="formatVersion"/>.</exception>
    public static string Get(DocumentKind kind, int formatVersion)
    {
        var format = Supported(kind, formatVersion);
        return Texts.GetOrAdd((kind, formatVersion), static (key, f) => Load(f.SchemaFileNameOf(key.Version)), format);
    }

    /// <summary>Gets the format versions of a kind of document that are read, in ascending order; the last one is written.</summary>
    /// <param name="kind">The kind of document.</param>
    /// <returns>The versions, such as 1 and 2 for city concepts and 1 for rule sets.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a known kind.</exception>
    public static IReadOnlyList<int> GetFormatVersions(DocumentKind kind) => DocumentFormats.Get(kind).SupportedVersions;

    /// <summary>Gets the URL of a kind of document's schema in the version written: its <c>$id</c>, and the <c>"$schema"</c> value written into documents.</summary>
    /// <param name="kind">The kind of document.</param>
    /// <returns>The URL, such as <c>https://raw.githubusercontent.com/integrationconcept/integrationconcept/main/schemas/city-concept.v2.schema.json</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a known kind.</exception>
    public static Uri GetUri(DocumentKind kind) => new(DocumentFormats.Get(kind).SchemaUrl);

    /// <summary>Gets the URL of one format version's schema: its <c>$id</c>, and the <c>"$schema"</c> value of documents in that version.</summary>
    /// <param name="kind">The kind of document.</param>
    /// <param name="formatVersion">The format version, one of <see cref="GetFormatVersions(DocumentKind)"/>.</param>
    /// <returns>The URL, such as <c>https://raw.githubusercontent.com/integrationconcept/integrationconcept/main/schemas/city-concept.v1.schema.json</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a known kind, or the kind has no format version <paramref name="formatVersion"/>.</exception>
    public static Uri GetUri(DocumentKind kind, int formatVersion) => new(Supported(kind, formatVersion).SchemaUrlOf(formatVersion));

    private static DocumentFormat Supported(DocumentKind kind, int formatVersion)
    {
        var format = DocumentFormats.Get(kind);
        if (!format.Supports(formatVersion))
        {
            throw new ArgumentOutOfRangeException(
                nameof(formatVersion),
                formatVersion,
                string.Create(CultureInfo.InvariantCulture, $"The {format.Name} format has no version {formatVersion}; its versions are {string.Join(", ", format.SupportedVersions)}."));
        }

        return format;
    }

    private static string Load(string schemaFileName)
    {
        var name = "IntegrationConcept.Schemas." + schemaFileName;
        using var stream = typeof(DocumentSchemas).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The schema resource '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
