using System.Collections.Generic;
using System.Text;

namespace IntegrationConcept.Model;

/// <summary>
/// The writing systems (scripts) of the letters of an id, by Unicode block, without the operating system's Unicode
/// data (so the same in every globalization mode): an id whose letters come from two scripts, such as a Latin "A-1"
/// whose A is the Cyrillic А (U+0410), looks like another id but is not it.
/// </summary>
/// <remarks>
/// Only letters count: digits, punctuation and symbols belong to every script. The blocks told apart are Latin,
/// Greek, Cyrillic, Armenian, Hebrew and Arabic, the scripts of look-alike letters in the ids of German documents;
/// a letter of any other block counts as "another script".
/// </remarks>
internal static class IdScripts
{
    private static readonly TextPair[] Names =
    [
        new("lateinisch", "Latin"),
        new("griechisch", "Greek"),
        new("kyrillisch", "Cyrillic"),
        new("armenisch", "Armenian"),
        new("hebräisch", "Hebrew"),
        new("arabisch", "Arabic"),
        new("eine andere Schrift", "another script"),
    ];

    /// <summary>The scripts of the id's letters in the order they first appear; empty or one for an id in one script.</summary>
    public static IReadOnlyList<TextPair> Of(string id)
    {
        var found = 0;
        var order = new List<TextPair>(2);
        foreach (var rune in id.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune))
            {
                continue;
            }

            var script = ScriptOf(rune.Value);
            if ((found & (1 << script)) == 0)
            {
                found |= 1 << script;
                order.Add(Names[script]);
            }
        }

        return order;
    }

    private static int ScriptOf(int c) => c switch
    {
        < 0x0250 or (>= 0x1E00 and <= 0x1EFF) or (>= 0x2C60 and <= 0x2C7F) or (>= 0xA720 and <= 0xA7FF) or (>= 0xFF21 and <= 0xFF5A) => 0,
        (>= 0x0370 and <= 0x03FF) or (>= 0x1F00 and <= 0x1FFF) => 1,
        (>= 0x0400 and <= 0x052F) or (>= 0x2DE0 and <= 0x2DFF) or (>= 0xA640 and <= 0xA69F) or (>= 0x1C80 and <= 0x1C8F) => 2,
        >= 0x0530 and <= 0x058F => 3,
        >= 0x0590 and <= 0x05FF => 4,
        (>= 0x0600 and <= 0x06FF) or (>= 0x0750 and <= 0x077F) => 5,
        _ => 6,
    };
}
