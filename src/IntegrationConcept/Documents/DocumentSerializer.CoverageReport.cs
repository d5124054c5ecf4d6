using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using IntegrationConcept.Documents.Json;
using IntegrationConcept.Rendering;
using IntegrationConcept.Results;

// The overloads mirror JsonSerializer (string, UTF-8 bytes, Stream), each with the same optional options.
#pragma warning disable RS0026

namespace IntegrationConcept.Documents;

/// <content>
/// Reading and writing coverage report documents. Lossless: reading what was written gives an equal
/// <see cref="CoverageReport"/> (messages are kept as template and arguments). For consumers that do not run this
/// library the document also holds derived values: the totals and percentages, each message rendered in German
/// (<c>"de"</c>, as for the culture de-DE) and English (<c>"en"</c>, as for the invariant culture), and a
/// <c>"suppressed"</c> flag. They may be left out; when present, reading checks that they agree with the data.
/// </content>
public static partial class DocumentSerializer
{
    /// <summary>Reads a coverage report from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">How strictly to read; <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <returns>The coverage report; reading a written report gives an equal one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="DocumentFormatException">The document cannot be read; the exception says where and why.</exception>
    public static CoverageReport ReadCoverageReport(string json, DocumentReadOptions? options = null)
        => DocumentReader.Read(DocumentFormats.CoverageReport, json, options);

    /// <summary>Reads a coverage report from UTF-8 bytes (a leading byte order mark is skipped).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">How strictly to read; <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <returns>The coverage report; reading a written report gives an equal one.</returns>
    /// <exception cref="DocumentFormatException">The document cannot be read; the exception says where and why.</exception>
    public static CoverageReport ReadCoverageReport(ReadOnlySpan<byte> utf8Json, DocumentReadOptions? options = null)
        => DocumentReader.Read(DocumentFormats.CoverageReport, utf8Json, options);

    /// <summary>Reads a coverage report from a UTF-8 stream, to its end; never reads more than <see cref="DocumentReadOptions.MaxDocumentBytes"/> + 1 bytes.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="options">How strictly to read; <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <returns>The coverage report; reading a written report gives an equal one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="DocumentFormatException">The document cannot be read; the exception says where and why.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static CoverageReport ReadCoverageReport(Stream utf8Json, DocumentReadOptions? options = null)
        => DocumentReader.Read(DocumentFormats.CoverageReport, utf8Json, options);

    /// <summary>Reads a coverage report from a UTF-8 stream asynchronously, to its end; never reads more than <see cref="DocumentReadOptions.MaxDocumentBytes"/> + 1 bytes.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="options">How strictly to read; <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The coverage report; reading a written report gives an equal one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="DocumentFormatException">The document cannot be read; the exception says where and why.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ValueTask<CoverageReport> ReadCoverageReportAsync(Stream utf8Json, DocumentReadOptions? options = null, CancellationToken cancellationToken = default)
        => DocumentReader.ReadAsync(DocumentFormats.CoverageReport, utf8Json, options, cancellationToken);

    /// <summary>Writes a coverage report as JSON text: indented, members in a fixed order, absent and empty members left out, ending with a line end.</summary>
    /// <param name="report">The coverage report.</param>
    /// <returns>The document; the same coverage report always gives the same text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static string WriteCoverageReport(CoverageReport report)
        => DocumentWriter.Write(DocumentFormats.CoverageReport, report);

    /// <summary>Writes a coverage report as UTF-8 bytes (no byte order mark); see <see cref="WriteCoverageReport(CoverageReport)"/>.</summary>
    /// <param name="report">The coverage report.</param>
    /// <returns>The document; the same coverage report always gives the same bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public static byte[] WriteCoverageReportToUtf8Bytes(CoverageReport report)
        => DocumentWriter.WriteToUtf8Bytes(DocumentFormats.CoverageReport, report);

    /// <summary>Writes a coverage report to a stream as UTF-8 (no byte order mark); see <see cref="WriteCoverageReport(CoverageReport)"/>.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="report">The coverage report.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void WriteCoverageReport(Stream utf8Json, CoverageReport report)
        => DocumentWriter.Write(DocumentFormats.CoverageReport, utf8Json, report);

    /// <summary>Writes a coverage report to a stream as UTF-8 asynchronously; see <see cref="WriteCoverageReport(CoverageReport)"/>.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="report">The coverage report.</param>
    /// <param name="cancellationToken">Cancels writing to the stream.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteCoverageReportAsync(Stream utf8Json, CoverageReport report, CancellationToken cancellationToken = default)
        => DocumentWriter.WriteAsync(DocumentFormats.CoverageReport, utf8Json, report, cancellationToken);
}
