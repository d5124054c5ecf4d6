using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace IntegrationConcept.Documents.Json;

/// <summary>
/// Writes any kind of document in its current format version (<see cref="DocumentFormat{TModel}.Current"/>): indented with two spaces, "\n" line ends, non-ASCII letters unescaped, members in
/// a fixed order, null and empty members left out, and a final line end. The same model always gives the same bytes.
/// </summary>
internal static class DocumentWriter
{
    private static readonly byte[] LineEnd = [(byte)'\n'];

    public static byte[] WriteToUtf8Bytes<TModel>(DocumentFormat<TModel> format, TModel model)
        where TModel : class
        => WriteToBuffer(format, model).WrittenSpan.ToArray();

    public static string Write<TModel>(DocumentFormat<TModel> format, TModel model)
        where TModel : class
        => Encoding.UTF8.GetString(WriteToBuffer(format, model).WrittenSpan);

    public static void Write<TModel>(DocumentFormat<TModel> format, Stream utf8Json, TModel model)
        where TModel : class
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(model);
        using (var writer = new Utf8JsonWriter(utf8Json, DocumentJsonOptions.Writer))
        {
            format.Current.Write(format, writer, model);
        }

        utf8Json.Write(LineEnd);
    }

    public static async Task WriteAsync<TModel>(DocumentFormat<TModel> format, Stream utf8Json, TModel model, CancellationToken cancellationToken)
        where TModel : class
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var buffer = WriteToBuffer(format, model);
        await utf8Json.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    private static ArrayBufferWriter<byte> WriteToBuffer<TModel>(DocumentFormat<TModel> format, TModel model)
        where TModel : class
    {
        ArgumentNullException.ThrowIfNull(model);
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, DocumentJsonOptions.Writer))
        {
            format.Current.Write(format, writer, model);
        }

        buffer.Write(LineEnd);
        return buffer;
    }
}
