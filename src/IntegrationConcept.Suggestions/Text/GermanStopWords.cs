using System;
using System.Collections.Frozen;

namespace IntegrationConcept.Suggestions.Text;

/// <summary>
/// German function words that say nothing about a goal's subject (after the snowball German stop list, shortened),
/// and the marker "illustrativ" that the samples put on invented values.
/// </summary>
internal static class GermanStopWords
{
    private static readonly FrozenSet<string> Words = (
        "aber alle allem allen aller alles als also am an ander andere anderen anderer anderes auch auf aus bei beim bin "
        + "bis bzw da damit dann das dass dem den denen der deren des dessen die dies diese diesem diesen dieser dieses doch "
        + "dort durch ein eine einem einen einer eines einige er es etwa für gegen habe haben hat hier ihr ihre ihrem ihren "
        + "ihrer im in ins ist jede jedem jeden jeder jedes kann kein keine man mehr mit möglich möglichst nach nicht noch nur ob "
        + "oder ohne sich sie sind so sowie über um und uns unter usw vom von vor wie wir wird werden wo zu zum zur zwischen "
        + "sollen soll sollten gut gute guten früh wie illustrativ illustrative value"
    ).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Tells whether a lower-case word is a stop word.</summary>
    /// <param name="word">The word in lower case.</param>
    /// <returns><see langword="true"/> for a stop word.</returns>
    public static bool Contains(string word) => Words.Contains(word);
}
