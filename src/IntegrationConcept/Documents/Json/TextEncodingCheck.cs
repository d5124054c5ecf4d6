using System;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using IntegrationConcept.Documents.Json.Texts;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json;

/// <summary>
/// Tells a document saved in the wrong encoding from broken JSON, before the JSON reader sees it: UTF-16 and
/// UTF-32 (by their byte order mark or the zero bytes of their ASCII characters) and bytes that are not UTF-8
/// (usually Latin-1 or Windows-1252). The message says what the file is, where, and to save it as UTF-8.
/// </summary>
internal static class TextEncodingCheck
{
    private static ReadOnlySpan<byte> Utf32LittleEndianMark => [0xFF, 0xFE, 0x00, 0x00];

    private static ReadOnlySpan<byte> Utf32BigEndianMark => [0x00, 0x00, 0xFE, 0xFF];

    private static ReadOnlySpan<byte> Utf16LittleEndianMark => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BigEndianMark => [0xFE, 0xFF];

    /// <summary>Throws a <see cref="DocumentFormatException"/> if <paramref name="utf8Json"/> (without a UTF-8 byte order mark) is UTF-16 or UTF-32.</summary>
    public static void CheckNotWide(DocumentFormat format, ReadOnlySpan<byte> utf8Json)
    {
        if (Wide(utf8Json) is { } encoding)
        {
            throw JsonErrors.AtPosition(format, "$", 0, 0, ReadingTexts.WideEncoding.Format(encoding, ReadingTexts.EncodingAdvice));
        }
    }

    /// <summary>Finds the first byte that is not part of a UTF-8 character; <see langword="null"/> when the text is UTF-8.</summary>
    /// <returns>Where the byte is (line and byte position, both from 0) and what to say about it.</returns>
    public static (long Line, long Position, LocalizedText Reason)? FindInvalidUtf8(ReadOnlySpan<byte> utf8Json)
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
            ? ReadingTexts.Latin1Character.Format(((char)b).ToString())
            : b >= 0x80 ? ReadingTexts.Latin1Probably : TextFormat.Verbatim(string.Empty);
        return (line, index - lineStart, ReadingTexts.InvalidUtf8.Format(b.ToString("X2", CultureInfo.InvariantCulture), index.ToString(CultureInfo.InvariantCulture), guess, ReadingTexts.EncodingAdvice));
    }

    // UTF-16 and UTF-32 by byte order mark, else by the zero bytes around the first (ASCII) character of a JSON text.
    private static LocalizedText? Wide(ReadOnlySpan<byte> s)
    {
        if (s.StartsWith(Utf32LittleEndianMark))
        {
            return ReadingTexts.WithMark.Format("UTF-32", ReadingTexts.LittleEndian);
        }

        if (s.StartsWith(Utf32BigEndianMark))
        {
            return ReadingTexts.WithMark.Format("UTF-32", ReadingTexts.BigEndian);
        }

        if (s.StartsWith(Utf16LittleEndianMark))
        {
            return ReadingTexts.WithMark.Format("UTF-16", ReadingTexts.LittleEndian);
        }

        if (s.StartsWith(Utf16BigEndianMark))
        {
            return ReadingTexts.WithMark.Format("UTF-16", ReadingTexts.BigEndian);
        }

        if (s.Length >= 4 && s[0] == 0 && s[1] == 0 && s[2] == 0 && s[3] != 0)
        {
            return ReadingTexts.WithoutMark.Format("UTF-32", ReadingTexts.BigEndian);
        }

        if (s.Length >= 4 && s[0] != 0 && s[1] == 0 && s[2] == 0 && s[3] == 0)
        {
            return ReadingTexts.WithoutMark.Format("UTF-32", ReadingTexts.LittleEndian);
        }

        if (s.Length >= 2 && s[0] == 0 && s[1] != 0)
        {
            return ReadingTexts.WithoutMark.Format("UTF-16", ReadingTexts.BigEndian);
        }

        return s.Length >= 2 && s[0] != 0 && s[1] == 0 ? ReadingTexts.WithoutMark.Format("UTF-16", ReadingTexts.LittleEndian) : null;
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
