using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using IntegrationConcept.Documents.Json;
using IntegrationConcept.Model;

// The overloads mirror JsonSerializer (string, UTF-8 bytes, Stream), each with the same optional options.
#pragma warning disable RS0026

namespace IntegrationConcept.Documents;

/// <content>Reading and writing city concept documents.</content>
public static partial class DocumentSerializer
{
    /// <summary>Reads a city concept from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">How strictly to read; <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <returns>The city concept, checked by the model's rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="DocumentFormatException">The document cannot be read; the exception says where and why.</exception>
    public static CityConcept ReadCityConcept(string json, DocumentReadOptions? options = null)
        => DocumentReader.Read(DocumentFormats.CityConcept, json, options);

    /// <summary>Reads a city concept from UTF-8 bytes (a leading byte order mark is skipped).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">How strictly to read; <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <returns>The city concept, checked by the model's rules.</returns>
    /// <exception cref="DocumentFormatException">The document cannot be read; the exception says where and why.</exception>
    public static CityConcept ReadCityConcept(ReadOnlySpan<byte> utf8Json, DocumentReadOptions? options = null)
        => DocumentReader.Read(DocumentFormats.CityConcept, utf8Json, options);

    /// <summary>Reads a city concept from a UTF-8 stream, to its end; never reads more than <see cref="DocumentReadOptions.MaxDocumentBytes"/> + 1 bytes.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="options">How strictly to read; <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <returns>The city concept, checked by the model's rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="DocumentFormatException">The document cannot be read; the exception says where and why.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static CityConcept ReadCityConcept(Stream utf8Json, DocumentReadOptions? options = null)
        => DocumentReader.Read(DocumentFormats.CityConcept, utf8Json, options);

    /// <summary>Reads a city concept from a UTF-8 stream asynchronously, to its end; never reads more than <see cref="DocumentReadOptions.MaxDocumentBytes"/> + 1 bytes.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="options">How strictly to read; <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The city concept, checked by the model's rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="DocumentFormatException">The document cannot be read; the exception says where and why.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ValueTask<CityConcept> ReadCityConceptAsync(Stream utf8Json, DocumentReadOptions? options = null, CancellationToken cancellationToken = default)
        => DocumentReader.ReadAsync(DocumentFormats.CityConcept, utf8Json, options, cancellationToken);

    /// <summary>Writes a city concept as JSON text: indented, members in a fixed order, absent and empty members left out, ending with a line end.</summary>
    /// <param name="concept">The city concept.</param>
    /// <returns>The document; the same city concept always gives the same text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="concept"/> is <see langword="null"/>.</exception>
    public static string WriteCityConcept(CityConcept concept)
        => DocumentWriter.Write(DocumentFormats.CityConcept, concept);

    /// <summary>Writes a city concept as UTF-8 bytes (no byte order mark); see <see cref="WriteCityConcept(CityConcept)"/>.</summary>
    /// <param name="concept">The city concept.</param>
    /// <returns>The document; the same city concept always gives the same bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="concept"/> is <see langword="null"/>.</exception>
    public static byte[] WriteCityConceptToUtf8Bytes(CityConcept concept)
        => DocumentWriter.WriteToUtf8Bytes(DocumentFormats.CityConcept, concept);

    /// <summary>Writes a city concept to a stream as UTF-8 (no byte order mark); see <see cref="WriteCityConcept(CityConcept)"/>.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="concept">The city concept.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void WriteCityConcept(Stream utf8Json, CityConcept concept)
        => DocumentWriter.Write(DocumentFormats.CityConcept, utf8Json, concept);

    /// <summary>Writes a city concept to a stream as UTF-8 asynchronously; see <see cref="WriteCityConcept(CityConcept)"/>.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="concept">The city concept.</param>
    /// <param name="cancellationToken">Cancels writing to the stream.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteCityConceptAsync(Stream utf8Json, CityConcept concept, CancellationToken cancellationToken = default)
        => DocumentWriter.WriteAsync(DocumentFormats.CityConcept, utf8Json, concept, cancellationToken);
}
