using System.Text.RegularExpressions;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json.Texts;

/// <summary>
/// The JSON reader's own messages (from System.Text.Json, in English whatever the culture) in German: each English
/// side is the reader's wording with <c>{0}</c> for the character it quotes. A message not listed here keeps the
/// reader's English words inside a German sentence (<see cref="Unlisted"/>).
/// </summary>
internal static class ReaderTexts
{
    public static readonly LocalizedText InvalidStart = new(
        "'{0}' kann keinen Wert beginnen.",
        "'{0}' is an invalid start of a value.");

    public static readonly LocalizedText InvalidAfterValue = new(
        "'{0}' ist nach einem Wert nicht erlaubt; erwartet wird ',', '}}' oder ']'.",
        "'{0}' is invalid after a value. Expected either ',', '}}', or ']'.");

    public static readonly LocalizedText InvalidAfterPropertyName = new(
        "'{0}' ist nach einem Feldnamen nicht erlaubt; erwartet wird ':'.",
        "'{0}' is invalid after a property name. Expected a ':'.");

    public static readonly LocalizedText InvalidStartOfPropertyName = new(
        "'{0}' kann keinen Feldnamen beginnen; erwartet wird '\"'.",
        "'{0}' is an invalid start of a property name. Expected a '\"'.");

    public static readonly LocalizedText InvalidAfterSingleValue = new(
        "'{0}' ist nach dem einen JSON-Wert des Dokuments nicht erlaubt; erwartet wird das Ende des Textes.",
        "'{0}' is invalid after a single JSON value. Expected end of data.");

    public static readonly LocalizedText InvalidInString = new(
        "'{0}' ist in einer JSON-Zeichenkette nicht erlaubt; die Zeichenkette muss richtig maskiert sein.",
        "'{0}' is invalid within a JSON string. The string should be correctly escaped.");

    public static readonly LocalizedText InvalidEscape = new(
        "'{0}' ist in einer JSON-Zeichenkette kein gültiges Escape-Zeichen; die Zeichenkette muss richtig maskiert sein.",
        "'{0}' is an invalid escapable character within a JSON string. The string should be correctly escaped.");

    public static readonly LocalizedText DepthExceeded = new(
        "Die erlaubte Verschachtelungstiefe von {0} ist überschritten.",
        "The maximum configured depth of {0} has been exceeded. Cannot read next JSON object.");

    public static readonly LocalizedText Unlisted = new(
        "(Meldung des JSON-Lesers: {0})",
        "{0}");

    private static readonly (Regex Pattern, LocalizedText Text)[] Known =
    [
        (Pattern(InvalidStart), InvalidStart),
        (Pattern(InvalidAfterValue), InvalidAfterValue),
        (Pattern(InvalidAfterPropertyName), InvalidAfterPropertyName),
        (Pattern(InvalidStartOfPropertyName), InvalidStartOfPropertyName),
        (Pattern(InvalidAfterSingleValue), InvalidAfterSingleValue),
        (Pattern(InvalidInString), InvalidInString),
        (Pattern(InvalidEscape), InvalidEscape),
        (Pattern(DepthExceeded), DepthExceeded),
    ];

    /// <summary>The reader's message in both languages: English as the reader said it, German translated when known.</summary>
    public static LocalizedText Translate(string message)
    {
        foreach (var (pattern, text) in Known)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                return new(string.Format(MessageCulture.German, text.German, match.Groups[1].Value), message);
            }
        }

        return new(string.Format(MessageCulture.German, Unlisted.German, message), message);
    }

    // The English template as a pattern: {0} captures what the reader quotes; '}}' is a literal brace.
    private static Regex Pattern(LocalizedText text)
        => new("^" + Regex.Escape(text.English.Replace("}}", "}", System.StringComparison.Ordinal)).Replace("\\{0}", "(.+?)", System.StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));
}
