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
/// Reading and writing coverage matrix documents: several district plans against one city concept, with one row
/// per city goal and per action field and each district's complete coverage report embedded as a coverage report
/// document. Lossless: reading what was written gives an equal <see cref="CoverageMatrix"/>. The derived
/// <c>"districts"</c> and <c>"combined"</c> members (and those of the embedded reports) may be left out; when
/// present, reading checks that they agree with the data.
/// </content>
public static partial class DocumentSerializer
{
    /// <summary>Reads a coverage matrix from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">How strictly to read; <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <returns>The coverage matrix; reading a written matrix gives an equal one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="DocumentFormatException">The document cannot be read; the exception says where and why.</exception>
    public static CoverageMatrix ReadCoverageMatrix(string json, DocumentReadOptions? options = null)
        => DocumentReader.Read(DocumentFormats.CoverageMatrix, json, options);

    /// <summary>Reads a coverage matrix from UTF-8 bytes (a leading byte order mark is skipped).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">How strictly to read; <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <returns>The coverage matrix; reading a written matrix gives an equal one.</returns>
    /// <exception cref="DocumentFormatException">The document cannot be read; the exception says where and why.</exception>
    public static CoverageMatrix ReadCoverageMatrix(ReadOnlySpan<byte> utf8Json, DocumentReadOptions? options = null)
        => DocumentReader.Read(DocumentFormats.CoverageMatrix, utf8Json, options);

    /// <summary>Reads a coverage matrix from a UTF-8 stream, to its end; never reads more than <see cref="DocumentReadOptions.MaxDocumentBytes"/> + 1 bytes.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="options">How strictly to read; <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <returns>The coverage matrix; reading a written matrix gives an equal one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="DocumentFormatException">The document cannot be read; the exception says where and why.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static CoverageMatrix ReadCoverageMatrix(Stream utf8Json, DocumentReadOptions? options = null)
        => DocumentReader.Read(DocumentFormats.CoverageMatrix, utf8Json, options);

    /// <summary>Reads a coverage matrix from a UTF-8 stream asynchronously, to its end; never reads more than <see cref="DocumentReadOptions.MaxDocumentBytes"/> + 1 bytes.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="options">How strictly to read; <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The coverage matrix; reading a written matrix gives an equal one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="DocumentFormatException">The document cannot be read; the exception says where and why.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ValueTask<CoverageMatrix> ReadCoverageMatrixAsync(Stream utf8Json, DocumentReadOptions? options = null, CancellationToken cancellationToken = default)
        => DocumentReader.ReadAsync(DocumentFormats.CoverageMatrix, utf8Json, options, cancellationToken);

    /// <summary>Writes a coverage matrix as JSON text: indented, members in a fixed order, absent and empty members left out, ending with a line end.</summary>
    /// <param name="matrix">The coverage matrix.</param>
    /// <returns>The document; the same coverage matrix always gives the same text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is <see langword="null"/>.</exception>
    public static string WriteCoverageMatrix(CoverageMatrix matrix)
        => DocumentWriter.Write(DocumentFormats.CoverageMatrix, matrix);

    /// <summary>Writes a coverage matrix as UTF-8 bytes (no byte order mark); see <see cref="WriteCoverageMatrix(CoverageMatrix)"/>.</summary>
    /// <param name="matrix">The coverage matrix.</param>
    /// <returns>The document; the same coverage matrix always gives the same bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is <see langword="null"/>.</exception>
    public static byte[] WriteCoverageMatrixToUtf8Bytes(CoverageMatrix matrix)
        => DocumentWriter.WriteToUtf8Bytes(DocumentFormats.CoverageMatrix, matrix);

    /// <summary>Writes a coverage matrix to a stream as UTF-8 (no byte order mark); see <see cref="WriteCoverageMatrix(CoverageMatrix)"/>.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="matrix">The coverage matrix.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void WriteCoverageMatrix(Stream utf8Json, CoverageMatrix matrix)
        => DocumentWriter.Write(DocumentFormats.CoverageMatrix, utf8Json, matrix);

    /// <summary>Writes a coverage matrix to a stream as UTF-8 asynchronously; see <see cref="WriteCoverageMatrix(CoverageMatrix)"/>.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="matrix">The coverage matrix.</param>
    /// <param name="cancellationToken">Cancels writing to the stream.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteCoverageMatrixAsync(Stream utf8Json, CoverageMatrix matrix, CancellationToken cancellationToken = default)
        => DocumentWriter.WriteAsync(DocumentFormats.CoverageMatrix, utf8Json, matrix, cancellationToken);
}
