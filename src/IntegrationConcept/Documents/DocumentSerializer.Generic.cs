using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using IntegrationConcept.Documents.Json;

// The overloads mirror JsonSerializer (string, UTF-8 bytes, Stream), each with the same optional options.
#pragma warning disable RS0026

namespace IntegrationConcept.Documents;

/// <content>
/// The one generic path for every kind of document: the type argument is one of the document types
/// <see cref="Model.CityConcept"/>, <see cref="Model.DistrictPlan"/>, <see cref="Rules.RuleSet"/>,
/// <see cref="Results.CoverageReport"/> and <see cref="Results.CoverageMatrix"/>. Reading dispatches on the
/// document's <c>formatVersion</c> to the reader of that version; writing writes the current version.
/// </content>
public static partial class DocumentSerializer
{
    /// <summary>Reads a document from JSON text.</summary>
    /// <typeparam name="TDocument">The document type, such as <see cref="Model.CityConcept"/>.</typeparam>
    /// <param name="json">The document.</param>
    /// <param name="options">How strictly to read; <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <returns>The document's model, checked by the model's rules; reading a written document gives an equal one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="TDocument"/> is not a document type.</exception>
    /// <exception cref="DocumentFormatException">The document cannot be read; the exception says where (such as <c>$.goals[3].text</c>) and why.</exception>
    public static TDocument Read<TDocument>(string json, DocumentReadOptions? options = null)
        where TDocument : class
        => DocumentReader.Read(FormatOf<TDocument>(), json, options);

    /// <summary>Reads a document from UTF-8 bytes (a leading byte order mark is skipped).</summary>
    /// <typeparam name="TDocument">The document type, such as <see cref="Model.CityConcept"/>.</typeparam>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">How strictly to read; <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <returns>The document's model, checked by the model's rules; reading a written document gives an equal one.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="TDocument"/> is not a document type.</exception>
    /// <exception cref="DocumentFormatException">The document cannot be read; the exception says where and why.</exception>
    public static TDocument Read<TDocument>(ReadOnlySpan<byte> utf8Json, DocumentReadOptions? options = null)
        where TDocument : class
        => DocumentReader.Read(FormatOf<TDocument>(), utf8Json, options);

    /// <summary>Reads a document from a UTF-8 stream, to its end; never reads more than <see cref="DocumentReadOptions.MaxDocumentBytes"/> + 1 bytes.</summary>
    /// <typeparam name="TDocument">The document type, such as <see cref="Model.CityConcept"/>.</typeparam>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="options">How strictly to read; <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <returns>The document's model, checked by the model's rules; reading a written document gives an equal one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="TDocument"/> is not a document type.</exception>
    /// <exception cref="DocumentFormatException">The document cannot be read; the exception says where and why.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static TDocument Read<TDocument>(Stream utf8Json, DocumentReadOptions? options = null)
        where TDocument : class
        => DocumentReader.Read(FormatOf<TDocument>(), utf8Json, options);

    /// <summary>Reads a document from a UTF-8 stream asynchronously, to its end; never reads more than <see cref="DocumentReadOptions.MaxDocumentBytes"/> + 1 bytes.</summary>
    /// <typeparam name="TDocument">The document type, such as <see cref="Model.CityConcept"/>.</typeparam>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="options">How strictly to read; <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The document's model, checked by the model's rules; reading a written document gives an equal one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="TDocument"/> is not a document type.</exception>
    /// <exception cref="DocumentFormatException">The document cannot be read; the exception says where and why.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ValueTask<TDocument> ReadAsync<TDocument>(Stream utf8Json, DocumentReadOptions? options = null, CancellationToken cancellationToken = default)
        where TDocument : class
        => DocumentReader.ReadAsync(FormatOf<TDocument>(), utf8Json, options, cancellationToken);

    /// <summary>Writes a document as JSON text in the current format version: indented, members in a fixed order, absent and empty members left out, ending with a line end.</summary>
    /// <typeparam name="TDocument">The document type, such as <see cref="Model.CityConcept"/>.</typeparam>
    /// <param name="document">The document's model.</param>
    /// <returns>The document; the same model always gives the same text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="TDocument"/> is not a document type.</exception>
    public static string Write<TDocument>(TDocument document)
        where TDocument : class
        => DocumentWriter.Write(FormatOf<TDocument>(), document);

    /// <summary>Writes a document as UTF-8 bytes (no byte order mark); see <see cref="Write{TDocument}(TDocument)"/>.</summary>
    /// <typeparam name="TDocument">The document type, such as <see cref="Model.CityConcept"/>.</typeparam>
    /// <param name="document">The document's model.</param>
    /// <returns>The document; the same model always gives the same bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="TDocument"/> is not a document type.</exception>
    public static byte[] WriteToUtf8Bytes<TDocument>(TDocument document)
        where TDocument : class
        => DocumentWriter.WriteToUtf8Bytes(FormatOf<TDocument>(), document);

    /// <summary>Writes a document to a stream as UTF-8 (no byte order mark); see <see cref="Write{TDocument}(TDocument)"/>.</summary>
    /// <typeparam name="TDocument">The document type, such as <see cref="Model.CityConcept"/>.</typeparam>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="document">The document's model.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="TDocument"/> is not a document type.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write<TDocument>(Stream utf8Json, TDocument document)
        where TDocument : class
        => DocumentWriter.Write(FormatOf<TDocument>(), utf8Json, document);

    /// <summary>Writes a document to a stream as UTF-8 asynchronously; see <see cref="Write{TDocument}(TDocument)"/>.</summary>
    /// <typeparam name="TDocument">The document type, such as <see cref="Model.CityConcept"/>.</typeparam>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="document">The document's model.</param>
    /// <param name="cancellationToken">Cancels writing to the stream.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="TDocument"/> is not a document type.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteAsync<TDocument>(Stream utf8Json, TDocument document, CancellationToken cancellationToken = default)
        where TDocument : class
        => DocumentWriter.WriteAsync(FormatOf<TDocument>(), utf8Json, document, cancellationToken);

    private static DocumentFormat<TDocument> FormatOf<TDocument>()
        where TDocument : class
        => DocumentFormats.Of<TDocument>() ?? throw new NotSupportedException(
            $"{typeof(TDocument).Name} is not a document type; the document types are CityConcept, DistrictPlan, RuleSet, CoverageReport and CoverageMatrix.");
}
