using System.Globalization;
using System.Text;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Tests.Localization;

/// <summary>
/// A third language made the way CONTRIBUTING.md's recipe "Add a language" says: a <see cref="LanguageTable"/> with a
/// text for every key of the catalogue and conventions of its own, used through its culture. Every text is the English
/// text with its letters accented and put in ⟦…⟧ (placeholders kept), so that any text that did not come from the table
/// stands out; its conventions differ from German and English in every respect the renderers use.
/// </summary>
internal static class PseudoLocale
{
    public const string Name = "qps-ploc";
    public const char Open = '⟦';
    public const char Close = '⟧';

    public static readonly LanguageConventions Conventions = new(
        Name,
        "qps-PLOC",
        Numbers(),
        "uuuu'/'MM'/'dd",
        "%{0}",
        "€{0}",
        '|',
        "«",
        "»");

    public static readonly LanguageTable Table = Create(LanguageTable.Catalogue.Concat(IntegrationConcept.Word.WordReport.Texts));

    /// <summary>A pseudo table with the texts given (the test of the coverage check leaves one out).</summary>
    public static LanguageTable Create(IEnumerable<LocalizedText> texts)
    {
        var table = new Dictionary<LocalizedText, string>();
        foreach (var text in texts)
        {
            table[text] = Transform(text.English);
        }

        return LanguageTable.Create(Name, Conventions, table);
    }

    /// <summary>The English text with every ASCII letter accented, in ⟦…⟧; <c>{n}</c> placeholders and literal braces are kept.</summary>
    public static string Transform(string english)
    {
        var text = new StringBuilder(english.Length + 2).Append(Open);
        var inPlaceholder = false;
        foreach (var c in english)
        {
            inPlaceholder = c == '{' || (inPlaceholder && c != '}');
            text.Append(inPlaceholder || c == '}' ? c : Accent(c));
        }

        return text.Append(Close).ToString();
    }

    private static char Accent(char c)
    {
        const string plain = "aceinouyAEIOUCN";
        const string accented = "åçéîñöûýÅÉÎÖÛÇÑ";
        var i = plain.IndexOf(c, StringComparison.Ordinal);
        return i < 0 ? c : accented[i];
    }

    private static NumberFormatInfo Numbers()
    {
        var numbers = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        numbers.NumberDecimalSeparator = "·";
        numbers.NumberGroupSeparator = "'";
        numbers.PercentDecimalSeparator = "·";
        numbers.PercentGroupSeparator = "'";
        return numbers;
    }
}
