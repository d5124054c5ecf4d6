using System;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace IntegrationConcept.Documents.Json;

/// <summary>
/// Tells a document saved in the wrong encoding from broken JSON, before the JSON reader sees it: UTF-16 and
/// UTF-32 (by their byte order mark or the zero bytes of their ASCII characters) and bytes that are not UTF-8
/// (usually Latin-1 or Windows-1252). The message says what the file is, where, and to save it as UTF-8.
/// </summary>
internal static class TextEncodingCheck
{
    private const string Advice = "Documents are UTF-8; open the file in an editor and save it as UTF-8.";

    private static ReadOnlySpan<byte> Utf32LittleEndianMark => [0xFF, 0xFE, 0x00, 0x00];

    private static ReadOnlySpan<byte> Utf32BigEndianMark => [0x00, 0x00, 0xFE, 0xFF];

    private static ReadOnlySpan<byte> Utf16LittleEndianMark => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianMark => [0xFE, 0xFF];

    /// <summary>Throws a <see cref="DocumentFormatException"/> if <paramref name="utf8Json"/> (without a UTF-8 byte order mark) is UTF-16 or UTF-32.</summary>
    public static void CheckNotWide(DocumentFormat format, ReadOnlySpan<byte> utf8Json)
    {
        if (Wide(utf8Json) is { } encoding)
        {
            throw JsonErrors.AtPosition(format, "$", 0, 0, $"The file is {encoding}, not UTF-8. {Advice}");
        }
    }

    /// <summary>Finds the first byte that is not part of a UTF-8 character; <see langword="null"/> when the text is UTF-8.</summary>
    /// <returns>Where the byte is (line and byte position, both from 0) and what to say about it.</returns>
    public static (long Line, long Position, string Reason)? FindInvalidUtf8(ReadOnlySpan<byte> utf8Json)
    {
        if (Utf8.IsValid(utf8Json))
        {
            return null;
        }

        var index = FirstInvalid(utf8Json);
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (utf8Json[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var b = utf8Json[index];
        var guess = b >= 0xA0
            ? string.Create(CultureInfo.InvariantCulture, $" (in Latin-1 or Windows-1252 it is '{(char)b}', so the file is probably in one of these encodings)")
            : b >= 0x80 ? " (the file is probably Latin-1 or Windows-1252)" : string.Empty;
        return (line, index - lineStart, string.Create(
            CultureInfo.InvariantCulture,
            $"The file is not valid UTF-8: byte 0x{b:X2} at byte offset {index} does not belong to a UTF-8 character{guess}. {Advice}"));
    }

    // UTF-16 and UTF-32 by byte order mark, else by the zero bytes around the first (ASCII) character of a JSON text.
    private static string? Wide(ReadOnlySpan<byte> s)
    {
        if (s.StartsWith(Utf32LittleEndianMark))
        {
            return "UTF-32 (little endian, with a byte order mark)";
        }

        if (s.StartsWith(Utf32BigEndianMark))
        {
            return "UTF-32 (big endian, with a byte order mark)";
        }

        if (s.StartsWith(Utf16LittleEndianMark))
        {
            return "UTF-16 (little endian, with a byte order mark)";
        }

        if (s.StartsWith(Utf16BigEndianMark))
        {
            return "UTF-16 (big endian, with a byte order mark)";
        }

        if (s.Length >= 4 && s[0] == 0 && s[1] == 0 && s[2] == 0 && s[3] != 0)
        {
            return "UTF-32 (big endian)";
        }

        if (s.Length >= 4 && s[0] != 0 && s[1] == 0 && s[2] == 0 && s[3] == 0)
        {
            return "UTF-32 (little endian)";
        }

        if (s.Length >= 2 && s[0] == 0 && s[1] != 0)
        {
            return "UTF-16 (big endian)";
        }

        return s.Length >= 2 && s[0] != 0 && s[1] == 0 ? "UTF-16 (little endian)" : null;
    }

    private static int FirstInvalid(ReadOnlySpan<byte> s)
    {
        var i = 0;
        while (i < s.Length)
        {
            if (Rune.DecodeFromUtf8(s[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return i;
            }

            i += consumed;
        }

        return s.Length - 1;
    }
}
