using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Model.Validation;

namespace IntegrationConcept.Documents.Json;

/// <summary>
/// Reads any kind of document: size check, header probe, one source-generated pass into the DTO, header check,
/// mapping to the model. Every failure leaves as a <see cref="DocumentFormatException"/>.
/// </summary>
internal static class DocumentReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static TModel Read<TDto, TModel>(DocumentFormat<TDto, TModel> format, string json, DocumentReadOptions? options)
        where TDto : DocumentDto
        where TModel : class
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= DocumentReadOptions.Default;
        int count;
        try
        {
            // Every UTF-16 unit is at most three UTF-8 bytes: count exactly only near the limit.
            count = (long)json.Length * 3 <= options.MaxDocumentBytes ? StrictUtf8.GetByteCount(json) : CountWithin(json, options.MaxDocumentBytes);
        }
        catch (EncoderFallbackException ex)
        {
            throw JsonErrors.At(format, "$", "The text contains a broken character (an unpaired UTF-16 surrogate) and is not valid Unicode.", ex);
        }

        if (count > options.MaxDocumentBytes)
        {
            throw JsonErrors.TooLarge(format, options.MaxDocumentBytes, count);
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

    public static TModel Read<TDto, TModel>(DocumentFormat<TDto, TModel> format, ReadOnlySpan<byte> utf8Json, DocumentReadOptions? options)
        where TDto : DocumentDto
        where TModel : class
    {
        options ??= DocumentReadOptions.Default;
        if (utf8Json.Length > options.MaxDocumentBytes)
        {
            throw JsonErrors.TooLarge(format, options.MaxDocumentBytes, utf8Json.Length);
        }

        return ReadCore(format, utf8Json, options);
    }

    public static TModel Read<TDto, TModel>(DocumentFormat<TDto, TModel> format, Stream utf8Json, DocumentReadOptions? options)
        where TDto : DocumentDto
        where TModel : class
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= DocumentReadOptions.Default;
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

    public static async ValueTask<TModel> ReadAsync<TDto, TModel>(DocumentFormat<TDto, TModel> format, Stream utf8Json, DocumentReadOptions? options, CancellationToken cancellationToken)
        where TDto : DocumentDto
        where TModel : class
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= DocumentReadOptions.Default;
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

    private static TModel ReadCore<TDto, TModel>(DocumentFormat<TDto, TModel> format, ReadOnlySpan<byte> utf8Json, DocumentReadOptions options)
        where TDto : DocumentDto
        where TModel : class
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        // A file in another encoding is said to be one, not reported as broken JSON. For bytes that are not UTF-8 the
        // read still runs, to name the member they stand in.
        TextEncodingCheck.CheckNotWide(format, utf8Json);
        var notUtf8 = TextEncodingCheck.FindInvalidUtf8(utf8Json);
        if (notUtf8 is null)
        {
            DocumentHeader.Probe(format, utf8Json, options.MaxDepth);
        }

        TDto? dto;
        var pool = IdPool.Enter();
        try
        {
            dto = JsonSerializer.Deserialize(utf8Json, DocumentFormat<TDto, TModel>.TypeInfo(options.SerializerOptions));
        }
        catch (JsonException ex)
        {
            // The reader's path names the member when it stopped on the same line as the bad byte.
            throw notUtf8 is { } bad
                ? JsonErrors.AtPosition(format, ex.LineNumber == bad.Line && !string.IsNullOrEmpty(ex.Path) ? ex.Path : "$", bad.Line, bad.Position, bad.Reason)
                : JsonErrors.FromJson(format, ex, options.SerializerOptions);
        }
        catch (NotSupportedException ex)
        {
            throw JsonErrors.At(format, "$", "The document has a shape the format does not support: " + ex.Message, ex);
        }
        finally
        {
            IdPool.Exit(pool);
        }

        if (notUtf8 is { } invalid)
        {
            throw JsonErrors.AtPosition(format, "$", invalid.Line, invalid.Position, invalid.Reason);
        }

        if (dto is null)
        {
            throw JsonErrors.At(format, "$", $"A {format.Name} document must be a JSON object, not null.");
        }

        DocumentHeader.Check(format, dto);
        try
        {
            return format.ToModel(dto);
        }
        catch (ModelValidationException ex)
        {
            throw JsonErrors.FromModel(format, ex);
        }
        catch (MappingException ex)
        {
            throw JsonErrors.At(format, ex.Path, ex.Message, ex);
        }
        catch (ArgumentException ex)
        {
            // A model constructor refused a value the mapper did not foresee: still a format error, never a crash.
            throw JsonErrors.At(format, "$", ex.Message, ex);
        }
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
}
