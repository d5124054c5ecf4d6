using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace IntegrationConcept.Documents.Json;

/// <summary>
/// Reads a stream into a pooled buffer, never more than <c>limit + 1</c> bytes, so that a too-large document is
/// recognised without being read in full. Return the buffer with <see cref="Return"/>.
/// </summary>
internal static class StreamBuffer
{
    private const int InitialSize = 16 * 1024;

    public static (byte[] Buffer, int Length) Read(Stream stream, long limit)
    {
        var cap = Cap(limit);
        var buffer = ArrayPool<byte>.Shared.Rent(InitialCapacity(stream, cap));
        var length = 0;
        try
        {
            while (length < cap)
            {
                if (length == buffer.Length)
                {
                    buffer = Grow(buffer, length, cap);
                }

                var read = stream.Read(buffer, length, Math.Min(buffer.Length, cap) - length);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return (buffer, length);
        }
        catch
        {
            Return(buffer);
            throw;
        }
    }

    public static async ValueTask<(byte[] Buffer, int Length)> ReadAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        var cap = Cap(limit);
        var buffer = ArrayPool<byte>.Shared.Rent(InitialCapacity(stream, cap));
        var length = 0;
        try
        {
            while (length < cap)
            {
                if (length == buffer.Length)
                {
                    buffer = Grow(buffer, length, cap);
                }

                var read = await stream.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, cap) - length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return (buffer, length);
        }
        catch
        {
            Return(buffer);
            throw;
        }
    }

    public static void Return(byte[] buffer) => ArrayPool<byte>.Shared.Return(buffer);

    // One byte past the limit tells that the document is too large.
    private static int Cap(long limit) => (int)Math.Min(limit + 1, Array.MaxLength);

    private static int InitialCapacity(Stream stream, int cap)
    {
        if (stream.CanSeek)
        {
            try
            {
                var remaining = stream.Length - stream.Position;
                return (int)Math.Clamp(remaining + 1, 1, cap);
            }
            catch (NotSupportedException)
            {
                // Fall through to the default.
            }
        }

        return Math.Min(InitialSize, cap);
    }

    private static byte[] Grow(byte[] buffer, int length, int cap)
    {
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, cap));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}
