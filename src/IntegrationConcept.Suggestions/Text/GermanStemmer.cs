using System;
using System.Text;

namespace IntegrationConcept.Suggestions.Text;

/// <summary>
/// CISTEM, the German stemmer of Weissweiler and Fraser (2017, "Developing a Stemmer for German Based on a
/// Comparative Analysis of Publicly Available Stemmers"): umlauts folded, a leading "ge" dropped, then the endings
/// -em, -er, -nd, -t, -e, -s, -n stripped while the word is longer than three letters. It is case-insensitive here
/// (the first letter's case is not trusted in spreadsheet text).
/// </summary>
internal static class GermanStemmer
{
    /// <summary>Stems one lower-case word.</summary>
    /// <param name="word">The word in lower case.</param>
    /// <returns>The stem.</returns>
    public static string Stem(string word)
    {
        if (word.Length == 0)
        {
            return word;
        }

        var text = new StringBuilder(word.Length + 2);
        foreach (var c in word)
        {
            switch (c)
            {
                case 'ä': text.Append('a'); break;
                case 'ö': text.Append('o'); break;
                case 'ü': text.Append('u'); break;
                case 'ß': text.Append("ss"); break;
                default: text.Append(c); break;
            }
        }

        var s = text.ToString();
        if (s.Length >= 6 && s.StartsWith("ge", StringComparison.Ordinal))
        {
            s = s.Substring(2);
        }

        // Digraphs become one placeholder each so that the endings below do not cut into them.
        s = s.Replace("sch", "$", StringComparison.Ordinal).Replace("ei", "%", StringComparison.Ordinal).Replace("ie", "&", StringComparison.Ordinal);
        var chars = s.ToCharArray();
        for (var i = 1; i < chars.Length; i++)
        {
            if (chars[i] == chars[i - 1] && chars[i] != '*')
            {
                chars[i] = '*';
            }
        }

        var length = chars.Length;
        while (length > 3)
        {
            if (length > 5 && chars[length - 2] == 'e' && (chars[length - 1] == 'm' || chars[length - 1] == 'r'))
            {
                length -= 2;
                continue;
            }

            if (length > 5 && chars[length - 2] == 'n' && chars[length - 1] == 'd')
            {
                length -= 2;
                continue;
            }

            var last = chars[length - 1];
            if (last is 't' or 'e' or 's' or 'n')
            {
                length--;
                continue;
            }

            break;
        }

        var result = new StringBuilder(length + 4);
        for (var i = 0; i < length; i++)
        {
            switch (chars[i])
            {
                case '*': result.Append(chars[i - 1] switch { '$' => "sch", '%' => "ei", '&' => "ie", var p => p.ToString() }); break;
                case '$': result.Append("sch"); break;
                case '%': result.Append("ei"); break;
                case '&': result.Append("ie"); break;
                default: result.Append(chars[i]); break;
            }
        }

        return result.ToString();
    }
}
