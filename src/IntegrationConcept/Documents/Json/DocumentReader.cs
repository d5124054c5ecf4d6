using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using IntegrationConcept.Documents.Json.Texts;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json;

/// <summary>
/// Reads any kind of document: size check, byte order mark, header probe, then the reader of the document's
/// <c>formatVersion</c> (see <see cref="DocumentVersion{TModel}"/>). Every failure leaves as a <see cref="DocumentFormatException"/>,
/// made in English and said again in the language of <see cref="DocumentReadOptions.Culture"/> on its way out.
/// </summary>
internal static class DocumentReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static TModel Read<TModel>(DocumentFormat<TModel> format, string json, DocumentReadOptions? options)
        where TModel : class
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= DocumentReadOptions.Default;
        try
        {
            return ReadText(format, json, options);
        }
        catch (DocumentFormatException ex) when (options.Language != Language.English)
        {
            throw ex.In(options.Language);
        }
    }

    public static TModel Read<TModel>(DocumentFormat<TModel> format, ReadOnlySpan<byte> utf8Json, DocumentReadOptions? options)
        where TModel : class
    {
        options ??= DocumentReadOptions.Default;
        try
        {
            return ReadBytes(format, utf8Json, options);
        }
        catch (DocumentFormatException ex) when (options.Language != Language.English)
        {
            throw ex.In(options.Language);
        }
    }

    public static TModel Read<TModel>(DocumentFormat<TModel> format, Stream utf8Json, DocumentReadOptions? options)
        where TModel : class
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= DocumentReadOptions.Default;
        try
        {
            return ReadStream(format, utf8Json, options);
        }
        catch (DocumentFormatException ex) when (options.Language != Language.English)
        {
            throw ex.In(options.Language);
        }
    }

    public static async ValueTask<TModel> ReadAsync<TModel>(DocumentFormat<TModel> format, Stream utf8Json, DocumentReadOptions? options, CancellationToken cancellationToken)
        where TModel : class
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= DocumentReadOptions.Default;
        try
        {
            return await ReadStreamAsync(format, utf8Json, options, cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentFormatException ex) when (options.Language != Language.English)
        {
            throw ex.In(options.Language);
        }
    }

    private static TModel ReadText<TModel>(DocumentFormat<TModel> format, string json, DocumentReadOptions options)
        where TModel : class
    {
        int count;
        try
        {
            // Every UTF-16 unit is at most three UTF-8 bytes: count exactly only near the limit.
            count = (long)json.Length * 3 <= options.MaxDocumentBytes ? StrictUtf8.GetByteCount(json) : CountWithin(json, options.MaxDocumentBytes);
        }
        catch (EncoderFallbackException ex)
        {
            throw JsonErrors.At(format, "$", ReadingTexts.BrokenCharacter, ex);
        }

        if (count > options.MaxDocumentBytes)
        {
            // The count stopped near the limit: say the real size (counting allocates nothing).
            throw JsonErrors.TooLarge(format, options.MaxDocumentBytes, FullByteCount(json));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(count, 1));
        try
        {
            var length = StrictUtf8.GetBytes(json, buffer);
            return ReadCore(format, buffer.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static TModel ReadBytes<TModel>(DocumentFormat<TModel> format, ReadOnlySpan<byte> utf8Json, DocumentReadOptions options)
        where TModel : class
    {
        if (utf8Json.Length > options.MaxDocumentBytes)
        {
            throw JsonErrors.TooLarge(format, options.MaxDocumentBytes, utf8Json.Length);
        }

        return ReadCore(format, utf8Json, options);
    }

    private static TModel ReadStream<TModel>(DocumentFormat<TModel> format, Stream utf8Json, DocumentReadOptions options)
        where TModel : class
    {
        var (buffer, length) = StreamBuffer.Read(utf8Json, options.MaxDocumentBytes);
        try
        {
            if (length > options.MaxDocumentBytes)
            {
                throw JsonErrors.TooLarge(format, options.MaxDocumentBytes, null);
            }

            return ReadCore(format, buffer.AsSpan(0, length), options);
        }
        finally
        {
            StreamBuffer.Return(buffer);
        }
    }

    private static async ValueTask<TModel> ReadStreamAsync<TModel>(DocumentFormat<TModel> format, Stream utf8Json, DocumentReadOptions options, CancellationToken cancellationToken)
        where TModel : class
    {
        var (buffer, length) = await StreamBuffer.ReadAsync(utf8Json, options.MaxDocumentBytes, cancellationToken).ConfigureAwait(false);
        try
        {
            if (length > options.MaxDocumentBytes)
            {
                throw JsonErrors.TooLarge(format, options.MaxDocumentBytes, null);
            }

            return ReadCore(format, buffer.AsSpan(0, length), options);
        }
        finally
        {
            StreamBuffer.Return(buffer);
        }
    }

    private static TModel ReadCore<TModel>(DocumentFormat<TModel> format, ReadOnlySpan<byte> utf8Json, DocumentReadOptions options)
        where TModel : class
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        // A file in another encoding is said to be one, not reported as broken JSON.
        TextEncodingCheck.CheckNotWide(format, utf8Json);
        if (TextEncodingCheck.FindInvalidUtf8(utf8Json) is { } bad)
        {
            // Bytes that are not UTF-8: the read still runs, to name the member they stand in when it stops on their line.
            var path = "$";
            try
            {
                format.Current.Read(format, utf8Json, options);
            }
            catch (DocumentFormatException ex) when (ex.LineNumber == bad.Line)
            {
                path = ex.Path ?? "$";
            }

            throw JsonErrors.AtPosition(format, path, bad.Line, bad.Position, bad.Reason);
        }

        // Dispatch on formatVersion: the probe finds it among the first members (where the writer puts it); else one
        // skipping pass over the root finds it. Without a supported version the current one reads, and says what is wrong.
        var version = DocumentHeader.Probe(format, utf8Json, options.MaxDepth, out var seen);
        if (!seen)
        {
            version = DocumentHeader.Find(utf8Json, options.MaxDepth);
        }

        var reader = version is { } number && format.Supports(number) ? format.Version(number) : format.Current;
        return reader.Read(format, utf8Json, options);
    }

    // Counts UTF-8 bytes, stopping early once past the limit.
    private static int CountWithin(string json, long limit)
    {
        const int Chunk = 1 << 20;
        long total = 0;
        var start = 0;
        while (start < json.Length && total <= limit)
        {
            var length = Math.Min(Chunk, json.Length - start);

            // Do not split a surrogate pair between chunks.
            if (start + length < json.Length && char.IsHighSurrogate(json[start + length - 1]))
            {
                length++;
            }

            total += StrictUtf8.GetByteCount(json.AsSpan(start, length));
            start += length;
        }

        return (int)Math.Min(total, int.MaxValue);
    }

    // The UTF-8 size of a text that is known to be valid up to the limit; null when a broken character lies beyond.
    private static long? FullByteCount(string json)
    {
        const int Chunk = 1 << 20;
        long total = 0;
        try
        {
            for (var start = 0; start < json.Length;)
            {
                var length = Math.Min(Chunk, json.Length - start);
                if (start + length < json.Length && char.IsHighSurrogate(json[start + length - 1]))
                {
                    length++;
                }

                total += StrictUtf8.GetByteCount(json.AsSpan(start, length));
                start += length;
            }
        }
        catch (EncoderFallbackException)
        {
            return null;
        }

        return total;
    }
}
