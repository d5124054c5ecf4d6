using System;
using System.Text.Json;
using IntegrationConcept.Documents;
using IntegrationConcept.Model;

namespace IntegrationConcept.Cli.Input;

/// <summary>The kinds of document by the names the command line uses, and telling a file's kind from its <c>$schema</c>.</summary>
internal static class DocumentKinds
{
    /// <summary>The command-line names, in the order of <see cref="DocumentKind"/>.</summary>
    public static readonly string[] Names = ["city-concept", "district-plan", "rule-set", "coverage-report", "coverage-matrix", "feedback"];

    public static string NameOf(DocumentKind kind) => Names[(int)kind];

    public static DocumentKind? Parse(string name)
    {
        var index = Array.IndexOf(Names, name.ToLowerInvariant());
        return index < 0 ? null : (DocumentKind)index;
    }

    /// <summary>
    /// The kind named by the document's <c>"$schema"</c> member (its schema file name, such as
    /// <c>district-plan.v1.schema.json</c>, of any version), or <see langword="null"/> when there is none or it names no kind.
    /// </summary>
    public static DocumentKind? Detect(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isSchema = reader.ValueTextEquals("$schema"u8);
                reader.Read();
                if (isSchema && reader.TokenType == JsonTokenType.String)
                {
                    return FromSchemaUrl(reader.GetString() ?? string.Empty);
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Not JSON up to the $schema member: the kind cannot be told.
        }

        return null;
    }

    private static DocumentKind? FromSchemaUrl(string url)
    {
        var slash = url.LastIndexOf('/');
        var fileName = slash >= 0 ? url[(slash + 1)..] : url;
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            if (fileName.StartsWith(NameOf(kind) + ".", StringComparison.OrdinalIgnoreCase))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>Reads a document of a kind, only to check it; throws <see cref="DocumentFormatException"/> for any problem, in the language of <paramref name="options"/>.</summary>
    public static void Read(DocumentKind kind, ReadOnlySpan<byte> utf8Json, DocumentReadOptions options)
    {
        _ = kind switch
        {
            DocumentKind.CityConcept => DocumentSerializer.ReadCityConcept(utf8Json, options),
            DocumentKind.DistrictPlan => DocumentSerializer.ReadDistrictPlan(utf8Json, options),
            DocumentKind.RuleSet => DocumentSerializer.ReadRuleSet(utf8Json, options),
            DocumentKind.CoverageReport => DocumentSerializer.ReadCoverageReport(utf8Json, options),
            DocumentKind.CoverageMatrix => DocumentSerializer.ReadCoverageMatrix(utf8Json, options),
            DocumentKind.Feedback => (object)DocumentSerializer.ReadFeedback(utf8Json, options),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of document."),
        };
    }
}
