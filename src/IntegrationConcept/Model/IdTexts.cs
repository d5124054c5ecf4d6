
namespace IntegrationConcept.Model;

/// <summary>What breaks the id grammar (<see cref="IdGrammar"/>), German and English.</summary>
internal static class IdTexts
{
    public static readonly TextPair Invisible = new(
        "Eine Kennung darf keine Steuer- oder unsichtbaren Zeichen enthalten; diese hat U+{0} ({1}) an Position {2}. Löschen Sie es (in den meisten Editoren ist es nicht zu sehen).",
        "An id must not contain control or invisible characters; this one has U+{0} ({1}) at position {2}. Delete it (it cannot be seen in most editors).");

    public static readonly TextPair Combining = new(
        "Eine Kennung darf keine kombinierenden Akzente enthalten; diese hat U+{0} (ein kombinierendes Zeichen) an Position {1}. Schreiben Sie den Buchstaben mit seinem Akzent als ein Zeichen (etwa Ä, U+00C4, für A + U+0308), damit eine Kennung nicht auf zwei Arten geschrieben werden kann.",
        "An id must not contain combining accents; this one has U+{0} (a combining mark) at position {1}. Write the letter with its accent as one character (such as Ä, U+00C4, for A + U+0308), so that one id cannot be spelt in two ways.");

    public static readonly TextPair ControlCharacter = new("ein Steuerzeichen", "a control character");

    public static readonly TextPair FormattingCharacter = new("ein unsichtbares Formatierungszeichen", "an invisible formatting character");

    public static readonly TextPair LineSeparator = new("ein Zeilen- oder Absatztrenner", "a line or paragraph separator");
}
