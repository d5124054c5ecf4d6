using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using IntegrationConcept.Documents.Json;
using IntegrationConcept.Model;

// The overloads mirror JsonSerializer (string, UTF-8 bytes, Stream), each with the same optional options.
#pragma warning disable RS0026

namespace IntegrationConcept.Documents;

/// <content>Reading and writing district plan documents.</content>
public static partial class DocumentSerializer
{
    /// <summary>Reads a district plan from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">How strictly to read; <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <returns>The district plan, checked by the model's rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="DocumentFormatException">The document cannot be read; the exception says where and why.</exception>
    public static DistrictPlan ReadDistrictPlan(string json, DocumentReadOptions? options = null)
        => DocumentReader.Read(DocumentFormats.DistrictPlan, json, options);

    /// <summary>Reads a district plan from UTF-8 bytes (a leading byte order mark is skipped).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">How strictly to read; <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <returns>The district plan, checked by the model's rules.</returns>
    /// <exception cref="DocumentFormatException">The document cannot be read; the exception says where and why.</exception>
    public static DistrictPlan ReadDistrictPlan(ReadOnlySpan<byte> utf8Json, DocumentReadOptions? options = null)
        => DocumentReader.Read(DocumentFormats.DistrictPlan, utf8Json, options);

    /// <summary>Reads a district plan from a UTF-8 stream, to its end; never reads more than <see cref="DocumentReadOptions.MaxDocumentBytes"/> + 1 bytes.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="options">How strictly to read; <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <returns>The district plan, checked by the model's rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="DocumentFormatException">The document cannot be read; the exception says where and why.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static DistrictPlan ReadDistrictPlan(Stream utf8Json, DocumentReadOptions? options = null)
        => DocumentReader.Read(DocumentFormats.DistrictPlan, utf8Json, options);

    /// <summary>Reads a district plan from a UTF-8 stream asynchronously, to its end; never reads more than <see cref="DocumentReadOptions.MaxDocumentBytes"/> + 1 bytes.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="options">How strictly to read; <see langword="null"/> for <see cref="DocumentReadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The district plan, checked by the model's rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="DocumentFormatException">The document cannot be read; the exception says where and why.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ValueTask<DistrictPlan> ReadDistrictPlanAsync(Stream utf8Json, DocumentReadOptions? options = null, CancellationToken cancellationToken = default)
        => DocumentReader.ReadAsync(DocumentFormats.DistrictPlan, utf8Json, options, cancellationToken);

    /// <summary>Writes a district plan as JSON text: indented, members in a fixed order, absent and empty members left out, ending with a line end.</summary>
    /// <param name="plan">The district plan.</param>
    /// <returns>The document; the same district plan always gives the same text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    public static string WriteDistrictPlan(DistrictPlan plan)
        => DocumentWriter.Write(DocumentFormats.DistrictPlan, plan);

    /// <summary>Writes a district plan as UTF-8 bytes (no byte order mark); see <see cref="WriteDistrictPlan(DistrictPlan)"/>.</summary>
    /// <param name="plan">The district plan.</param>
    /// <returns>The document; the same district plan always gives the same bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    public static byte[] WriteDistrictPlanToUtf8Bytes(DistrictPlan plan)
        => DocumentWriter.WriteToUtf8Bytes(DocumentFormats.DistrictPlan, plan);

    /// <summary>Writes a district plan to a stream as UTF-8 (no byte order mark); see <see cref="WriteDistrictPlan(DistrictPlan)"/>.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="plan">The district plan.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void WriteDistrictPlan(Stream utf8Json, DistrictPlan plan)
        => DocumentWriter.Write(DocumentFormats.DistrictPlan, utf8Json, plan);

    /// <summary>Writes a district plan to a stream as UTF-8 asynchronously; see <see cref="WriteDistrictPlan(DistrictPlan)"/>.</summary>
    /// <param name="utf8Json">The stream; left open.</param>
    /// <param name="plan">The district plan.</param>
    /// <param name="cancellationToken">Cancels writing to the stream.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task WriteDistrictPlanAsync(Stream utf8Json, DistrictPlan plan, CancellationToken cancellationToken = default)
        => DocumentWriter.WriteAsync(DocumentFormats.DistrictPlan, utf8Json, plan, cancellationToken);
}
