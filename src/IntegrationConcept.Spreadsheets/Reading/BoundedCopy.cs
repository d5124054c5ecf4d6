using System.IO;

namespace IntegrationConcept.Spreadsheets.Reading;

/// <summary>Copies a stream into memory, stopping at a byte limit, so a file is never read beyond it.</summary>
internal static class BoundedCopy
{
    /// <summary>Copies at most <paramref name="limit"/> bytes.</summary>
    /// <returns>The copy positioned at its start, or <see langword="null"/> when the stream is longer than the limit.</returns>
    public static MemoryStream? Copy(Stream source, long limit)
    {
        var copy = new MemoryStream();
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += read;
            if (total > limit)
            {
                copy.Dispose();
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        copy.Position = 0;
        return copy;
    }
}
