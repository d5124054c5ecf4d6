using System;
using System.Text;

namespace IntegrationConcept.Spreadsheets.Reading;

/// <summary>
/// Decodes a CSV file's bytes. The rule, in order: a UTF-8 byte order mark means UTF-8; a UTF-16 or UTF-32 byte order
/// mark is refused (save as UTF-8); bytes that are valid UTF-8 are UTF-8; anything else is read as Windows-1252, the
/// code page German Excel writes for "CSV (Trennzeichen-getrennt)" — unless it holds one of the five bytes that
/// Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) or a NUL byte, then the file is refused with the advice to
/// save it as "CSV UTF-8".
/// </summary>
/// <remarks>
/// The rule cannot misread a UTF-8 file (valid UTF-8 is always read as UTF-8). A Windows-1252 file whose umlauts happen
/// to form valid UTF-8 sequences (such as "Ã¤") would be read as UTF-8; German text does not contain such pairs.
/// </remarks>
internal static class CsvText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Windows-1252 0x80-0x9F; 0xFFFD marks the five undefined bytes. 0x00-0x7F is ASCII and 0xA0-0xFF is Latin-1.
    private static readonly char[] High =
    [
        '\u20AC', '\uFFFD', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\uFFFD', '\u017D', '\uFFFD',
        '\uFFFD', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\uFFFD', '\u017E', '\u0178',
    ];

    /// <summary>Decodes the bytes, or returns <see langword="null"/> with the offset of the first byte that is neither UTF-8 nor Windows-1252 text.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out int badOffset)
    {
        badOffset = -1;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            return Utf8(bytes[3..], ref badOffset);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            badOffset = 0;
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: German Excel's "CSV (Trennzeichen-getrennt)" is Windows-1252.
        }

        var text = new StringBuilder(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var c = b is >= 0x80 and <= 0x9F ? High[b - 0x80] : (char)b;
            if (c == '\uFFFD' || b == 0)
            {
                badOffset = i;
                return null;
            }

            text.Append(c);
        }

        return text.ToString();
    }

    private static string? Utf8(ReadOnlySpan<byte> bytes, ref int badOffset)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            badOffset = 3 + (e.Index < 0 ? 0 : e.Index);
            return null;
        }
    }
}
