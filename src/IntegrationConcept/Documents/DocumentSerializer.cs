namespace IntegrationConcept.Documents;

/// <summary>
/// Reads and writes the documents of the JSON format: city concepts, district plans, rule sets, coverage reports and coverage matrices. Each document is a JSON
/// object that starts with <c>"$schema"</c> (the URL of its JSON Schema, see <see cref="DocumentSchemas"/>) and
/// <c>"formatVersion"</c> (1), followed by the content in camelCase, enums as camelCase strings and dates as ISO
/// strings (<c>"2011-12-13"</c>).
/// </summary>
/// <remarks>
/// <para>
/// Reading is strict: a document that is not JSON, is truncated, has a value of the wrong type, lacks a required
/// member, has an unknown member (unless <see cref="DocumentReadOptions.AllowUnknownMembers"/>), an unsupported
/// <c>formatVersion</c>, an invalid date, a duplicate member, nesting deeper than
/// <see cref="DocumentReadOptions.MaxDepth"/>, more bytes than <see cref="DocumentReadOptions.MaxDocumentBytes"/>, or
/// breaks the model's rules, raises a <see cref="DocumentFormatException"/> that names the place. Nothing is
/// returned half-read.
/// </para>
/// <para>
/// Writing is lossless and deterministic: reading what was written gives an equal model, and the same model is
/// always written as the same bytes (UTF-8, two-space indent, "\n" line ends, umlauts unescaped, members in a fixed
/// order, null and empty members left out).
/// </para>
/// <para>
/// Each document names its <c>formatVersion</c>; reading dispatches to the reader of that version, writing writes
/// the current version. Every kind has named methods (<c>ReadCityConcept</c>, <c>WriteDistrictPlanToUtf8Bytes</c>, ...)
/// that are shorthands for the generic ones (<see cref="Read{TDocument}(string, DocumentReadOptions?)"/>,
/// <see cref="WriteToUtf8Bytes{TDocument}(TDocument)"/>, ...).
/// </para>
/// <para>
/// Coverage reports and matrices are lossless: reading what was written gives an equal report (messages are kept as
/// template and arguments). For consumers that do not run this library they also hold derived values: the totals and
/// percentages, each message rendered in German (<c>"de"</c>, as for the culture de-DE) and English (<c>"en"</c>, as
/// for the invariant culture), a <c>"suppressed"</c> flag, and in a matrix the <c>"districts"</c> and
/// <c>"combined"</c> members. They may be left out; when present, reading checks that they agree with the data.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// CityConcept concept = DocumentSerializer.ReadCityConcept(File.ReadAllBytes("trier.json"));
/// File.WriteAllBytes("trier.json", DocumentSerializer.WriteCityConceptToUtf8Bytes(concept));
/// </code>
/// </example>
public static partial class DocumentSerializer
{
}
