using System;
using System.Globalization;
using System.Text;

namespace IntegrationConcept.Model;

/// <summary>
/// The grammar of element ids: a non-empty string without white space at either end, with no control character
/// (U+0000–U+001F, U+007F–U+009F), no invisible formatting character (such as the zero-width space U+200B, the
/// zero-width joiner U+200D, the soft hyphen U+00AD, the byte order mark U+FEFF or a bidirectional mark), no line or
/// paragraph separator (U+2028, U+2029) and no combining diacritical mark (U+0300–U+036F, U+1AB0–U+1AFF,
/// U+1DC0–U+1DFF, U+20D0–U+20FF, U+FE20–U+FE2F); stored in Unicode normalization form C (NFC) where the runtime
/// can normalize.
/// </summary>
/// <remarks>
/// Refusing combining diacritics makes the decomposed twin of an id (<c>A</c> + U+0308 for <c>Ä</c>) an error in every
/// globalization mode, without Unicode data: with <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c> .NET does not
/// normalize, so NFC normalization alone would give different ids in different modes. Letters of different scripts
/// stay different ids: <c>"A-1"</c> with a Latin A and with a Cyrillic А (U+0410) are two ids; the docs advise keeping
/// each id in one script, and nothing checks it.
/// </remarks>
internal static class IdGrammar
{
    /// <summary>Why the value is not an id, naming the character and its position; <see langword="null"/> when it is one (before normalization).</summary>
    public static TextPair? Problem(string value)
    {
        for (var i = 0; i < value.Length;)
        {
            var c = value[i];
            if (c < 0x80 && c >= 0x20 && c != 0x7F)
            {
                i++;
                continue;
            }

            // By scalar value, so that invisible characters beyond U+FFFF (such as the tag characters) are found too.
            Rune.DecodeFromUtf16(value.AsSpan(i), out var rune, out var consumed);
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                return IdTexts.Invisible.Format(rune.Value.ToString("X4", CultureInfo.InvariantCulture), Name(category), i + 1);
            }

            if (IsCombiningDiacritic(rune.Value))
            {
                return IdTexts.Combining.Format(rune.Value.ToString("X4", CultureInfo.InvariantCulture), i + 1);
            }

            i += Math.Max(consumed, 1);
        }

        return null;
    }

    /// <summary>The id in normalization form C; the same string when it is already (always for ASCII).</summary>
    public static string Normalize(string value)
    {
        if (Ascii.IsValid(value))
        {
            return value;
        }

        try
        {
            return value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // Not well-formed UTF-16 (a lone surrogate): left as it is; the readers refuse such text before.
            return value;
        }
    }

    // The blocks of combining diacritical marks: a decomposed accent (A + U+0308) would make a second spelling of "Ä".
    private static bool IsCombiningDiacritic(int value)
        => value is (>= 0x0300 and <= 0x036F) or (>= 0x1AB0 and <= 0x1AFF) or (>= 0x1DC0 and <= 0x1DFF) or (>= 0x20D0 and <= 0x20FF) or (>= 0xFE20 and <= 0xFE2F);

    private static TextPair Name(UnicodeCategory category) => category switch
    {
        UnicodeCategory.Control => IdTexts.ControlCharacter,
        UnicodeCategory.Format => IdTexts.FormattingCharacter,
        _ => IdTexts.LineSeparator,
    };
}
