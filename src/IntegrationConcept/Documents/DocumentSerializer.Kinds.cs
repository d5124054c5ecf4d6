using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using IntegrationConcept.Changes;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using IntegrationConcept.Rules;

// The overloads mirror JsonSerializer (string, UTF-8 bytes, Stream), each with the same optional options.
#pragma warning disable RS0026

namespace IntegrationConcept.Documents;

/// <content>
/// The named methods of each kind of document: one-line shorthands for the generic methods (<c>ReadCityConcept(json)</c> is
/// <c>Read&lt;CityConcept&gt;(json)</c>), documented there.
/// </content>
public static partial class DocumentSerializer
{
    /// <inheritdoc cref="Read{TDocument}(string, DocumentReadOptions?)"/>
    public static CityConcept ReadCityConcept(string json, DocumentReadOptions? options = null) => Read<CityConcept>(json, options);

    /// <inheritdoc cref="Read{TDocument}(ReadOnlySpan{byte}, DocumentReadOptions?)"/>
    public static CityConcept ReadCityConcept(ReadOnlySpan<byte> utf8Json, DocumentReadOptions? options = null) => Read<CityConcept>(utf8Json, options);

    /// <inheritdoc cref="Read{TDocument}(Stream, DocumentReadOptions?)"/>
    public static CityConcept ReadCityConcept(Stream utf8Json, DocumentReadOptions? options = null) => Read<CityConcept>(utf8Json, options);

    /// <inheritdoc cref="ReadAsync{TDocument}(Stream, DocumentReadOptions?, CancellationToken)"/>
    public static ValueTask<CityConcept> ReadCityConceptAsync(Stream utf8Json, DocumentReadOptions? options = null, CancellationToken cancellationToken = default)
        => ReadAsync<CityConcept>(utf8Json, options, cancellationToken);

    /// <inheritdoc cref="Write{TDocument}(TDocument)"/>
    public static string WriteCityConcept(CityConcept document) => Write(document);

    /// <inheritdoc cref="WriteToUtf8Bytes{TDocument}(TDocument)"/>
    public static byte[] WriteCityConceptToUtf8Bytes(CityConcept document) => WriteToUtf8Bytes(document);

    /// <inheritdoc cref="Write{TDocument}(Stream, TDocument)"/>
    public static void WriteCityConcept(Stream utf8Json, CityConcept document) => Write(utf8Json, document);

    /// <inheritdoc cref="WriteAsync{TDocument}(Stream, TDocument, CancellationToken)"/>
    public static Task WriteCityConceptAsync(Stream utf8Json, CityConcept document, CancellationToken cancellationToken = default)
        => WriteAsync(utf8Json, document, cancellationToken);

    /// <inheritdoc cref="Read{TDocument}(string, DocumentReadOptions?)"/>
    public static DistrictPlan ReadDistrictPlan(string json, DocumentReadOptions? options = null) => Read<DistrictPlan>(json, options);

    /// <inheritdoc cref="Read{TDocument}(ReadOnlySpan{byte}, DocumentReadOptions?)"/>
    public static DistrictPlan ReadDistrictPlan(ReadOnlySpan<byte> utf8Json, DocumentReadOptions? options = null) => Read<DistrictPlan>(utf8Json, options);

    /// <inheritdoc cref="Read{TDocument}(Stream, DocumentReadOptions?)"/>
    public static DistrictPlan ReadDistrictPlan(Stream utf8Json, DocumentReadOptions? options = null) => Read<DistrictPlan>(utf8Json, options);

    /// <inheritdoc cref="ReadAsync{TDocument}(Stream, DocumentReadOptions?, CancellationToken)"/>
    public static ValueTask<DistrictPlan> ReadDistrictPlanAsync(Stream utf8Json, DocumentReadOptions? options = null, CancellationToken cancellationToken = default)
        => ReadAsync<DistrictPlan>(utf8Json, options, cancellationToken);

    /// <inheritdoc cref="Write{TDocument}(TDocument)"/>
    public static string WriteDistrictPlan(DistrictPlan document) => Write(document);

    /// <inheritdoc cref="WriteToUtf8Bytes{TDocument}(TDocument)"/>
    public static byte[] WriteDistrictPlanToUtf8Bytes(DistrictPlan document) => WriteToUtf8Bytes(document);

    /// <inheritdoc cref="Write{TDocument}(Stream, TDocument)"/>
    public static void WriteDistrictPlan(Stream utf8Json, DistrictPlan document) => Write(utf8Json, document);

    /// <inheritdoc cref="WriteAsync{TDocument}(Stream, TDocument, CancellationToken)"/>
    public static Task WriteDistrictPlanAsync(Stream utf8Json, DistrictPlan document, CancellationToken cancellationToken = default)
        => WriteAsync(utf8Json, document, cancellationToken);

    /// <inheritdoc cref="Read{TDocument}(string, DocumentReadOptions?)"/>
    public static RuleSet ReadRuleSet(string json, DocumentReadOptions? options = null) => Read<RuleSet>(json, options);

    /// <inheritdoc cref="Read{TDocument}(ReadOnlySpan{byte}, DocumentReadOptions?)"/>
    public static RuleSet ReadRuleSet(ReadOnlySpan<byte> utf8Json, DocumentReadOptions? options = null) => Read<RuleSet>(utf8Json, options);

    /// <inheritdoc cref="Read{TDocument}(Stream, DocumentReadOptions?)"/>
    public static RuleSet ReadRuleSet(Stream utf8Json, DocumentReadOptions? options = null) => Read<RuleSet>(utf8Json, options);

    /// <inheritdoc cref="ReadAsync{TDocument}(Stream, DocumentReadOptions?, CancellationToken)"/>
    public static ValueTask<RuleSet> ReadRuleSetAsync(Stream utf8Json, DocumentReadOptions? options = null, CancellationToken cancellationToken = default)
        => ReadAsync<RuleSet>(utf8Json, options, cancellationToken);

    /// <inheritdoc cref="Write{TDocument}(TDocument)"/>
    public static string WriteRuleSet(RuleSet document) => Write(document);

    /// <inheritdoc cref="WriteToUtf8Bytes{TDocument}(TDocument)"/>
    public static byte[] WriteRuleSetToUtf8Bytes(RuleSet document) => WriteToUtf8Bytes(document);

    /// <inheritdoc cref="Write{TDocument}(Stream, TDocument)"/>
    public static void WriteRuleSet(Stream utf8Json, RuleSet document) => Write(utf8Json, document);

    /// <inheritdoc cref="WriteAsync{TDocument}(Stream, TDocument, CancellationToken)"/>
    public static Task WriteRuleSetAsync(Stream utf8Json, RuleSet document, CancellationToken cancellationToken = default)
        => WriteAsync(utf8Json, document, cancellationToken);

    /// <inheritdoc cref="Read{TDocument}(string, DocumentReadOptions?)"/>
    public static CoverageReport ReadCoverageReport(string json, DocumentReadOptions? options = null) => Read<CoverageReport>(json, options);

    /// <inheritdoc cref="Read{TDocument}(ReadOnlySpan{byte}, DocumentReadOptions?)"/>
    public static CoverageReport ReadCoverageReport(ReadOnlySpan<byte> utf8Json, DocumentReadOptions? options = null) => Read<CoverageReport>(utf8Json, options);

    /// <inheritdoc cref="Read{TDocument}(Stream, DocumentReadOptions?)"/>
    public static CoverageReport ReadCoverageReport(Stream utf8Json, DocumentReadOptions? options = null) => Read<CoverageReport>(utf8Json, options);

    /// <inheritdoc cref="ReadAsync{TDocument}(Stream, DocumentReadOptions?, CancellationToken)"/>
    public static ValueTask<CoverageReport> ReadCoverageReportAsync(Stream utf8Json, DocumentReadOptions? options = null, CancellationToken cancellationToken = default)
        => ReadAsync<CoverageReport>(utf8Json, options, cancellationToken);

    /// <inheritdoc cref="Write{TDocument}(TDocument)"/>
    public static string WriteCoverageReport(CoverageReport document) => Write(document);

    /// <inheritdoc cref="WriteToUtf8Bytes{TDocument}(TDocument)"/>
    public static byte[] WriteCoverageReportToUtf8Bytes(CoverageReport document) => WriteToUtf8Bytes(document);

    /// <inheritdoc cref="Write{TDocument}(Stream, TDocument)"/>
    public static void WriteCoverageReport(Stream utf8Json, CoverageReport document) => Write(utf8Json, document);

    /// <inheritdoc cref="WriteAsync{TDocument}(Stream, TDocument, CancellationToken)"/>
    public static Task WriteCoverageReportAsync(Stream utf8Json, CoverageReport document, CancellationToken cancellationToken = default)
        => WriteAsync(utf8Json, document, cancellationToken);

    /// <inheritdoc cref="Read{TDocument}(string, DocumentReadOptions?)"/>
    public static CoverageMatrix ReadCoverageMatrix(string json, DocumentReadOptions? options = null) => Read<CoverageMatrix>(json, options);

    /// <inheritdoc cref="Read{TDocument}(ReadOnlySpan{byte}, DocumentReadOptions?)"/>
    public static CoverageMatrix ReadCoverageMatrix(ReadOnlySpan<byte> utf8Json, DocumentReadOptions? options = null) => Read<CoverageMatrix>(utf8Json, options);

    /// <inheritdoc cref="Read{TDocument}(Stream, DocumentReadOptions?)"/>
    public static CoverageMatrix ReadCoverageMatrix(Stream utf8Json, DocumentReadOptions? options = null) => Read<CoverageMatrix>(utf8Json, options);

    /// <inheritdoc cref="ReadAsync{TDocument}(Stream, DocumentReadOptions?, CancellationToken)"/>
    public static ValueTask<CoverageMatrix> ReadCoverageMatrixAsync(Stream utf8Json, DocumentReadOptions? options = null, CancellationToken cancellationToken = default)
        => ReadAsync<CoverageMatrix>(utf8Json, options, cancellationToken);

    /// <inheritdoc cref="Write{TDocument}(TDocument)"/>
    public static string WriteCoverageMatrix(CoverageMatrix document) => Write(document);

    /// <inheritdoc cref="WriteToUtf8Bytes{TDocument}(TDocument)"/>
    public static byte[] WriteCoverageMatrixToUtf8Bytes(CoverageMatrix document) => WriteToUtf8Bytes(document);

    /// <inheritdoc cref="Write{TDocument}(Stream, TDocument)"/>
    public static void WriteCoverageMatrix(Stream utf8Json, CoverageMatrix document) => Write(utf8Json, document);

    /// <inheritdoc cref="WriteAsync{TDocument}(Stream, TDocument, CancellationToken)"/>
    public static Task WriteCoverageMatrixAsync(Stream utf8Json, CoverageMatrix document, CancellationToken cancellationToken = default)
        => WriteAsync(utf8Json, document, cancellationToken);

    /// <inheritdoc cref="Read{TDocument}(string, DocumentReadOptions?)"/>
    public static FeedbackDocument ReadFeedback(string json, DocumentReadOptions? options = null) => Read<FeedbackDocument>(json, options);

    /// <inheritdoc cref="Read{TDocument}(ReadOnlySpan{byte}, DocumentReadOptions?)"/>
    public static FeedbackDocument ReadFeedback(ReadOnlySpan<byte> utf8Json, DocumentReadOptions? options = null) => Read<FeedbackDocument>(utf8Json, options);

    /// <inheritdoc cref="Read{TDocument}(Stream, DocumentReadOptions?)"/>
    public static FeedbackDocument ReadFeedback(Stream utf8Json, DocumentReadOptions? options = null) => Read<FeedbackDocument>(utf8Json, options);

    /// <inheritdoc cref="ReadAsync{TDocument}(Stream, DocumentReadOptions?, CancellationToken)"/>
    public static ValueTask<FeedbackDocument> ReadFeedbackAsync(Stream utf8Json, DocumentReadOptions? options = null, CancellationToken cancellationToken = default)
        => ReadAsync<FeedbackDocument>(utf8Json, options, cancellationToken);

    /// <inheritdoc cref="Write{TDocument}(TDocument)"/>
    public static string WriteFeedback(FeedbackDocument document) => Write(document);

    /// <inheritdoc cref="WriteToUtf8Bytes{TDocument}(TDocument)"/>
    public static byte[] WriteFeedbackToUtf8Bytes(FeedbackDocument document) => WriteToUtf8Bytes(document);

    /// <inheritdoc cref="Write{TDocument}(Stream, TDocument)"/>
    public static void WriteFeedback(Stream utf8Json, FeedbackDocument document) => Write(utf8Json, document);

    /// <inheritdoc cref="WriteAsync{TDocument}(Stream, TDocument, CancellationToken)"/>
    public static Task WriteFeedbackAsync(Stream utf8Json, FeedbackDocument document, CancellationToken cancellationToken = default)
        => WriteAsync(utf8Json, document, cancellationToken);
}
