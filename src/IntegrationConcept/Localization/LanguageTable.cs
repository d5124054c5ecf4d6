using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;

namespace IntegrationConcept.Localization;

/// <summary>
/// One language of the library's messages and reports: its texts, keyed by the source texts themselves (each
/// <see cref="LocalizedText"/>, German and English together, as gettext keys by the source text), and its
/// <see cref="Conventions"/>. German and
/// English are built in; a third language is a new table made with <see cref="Create"/>, not an edit of the engine.
/// </summary>
/// <remarks>
/// <para>
/// A table is chosen by the culture passed to every rendering call: <see cref="For(CultureInfo)"/> is the one place
/// that does so. A table made with <see cref="Create"/> hands out its own <see cref="Culture"/>; pass that culture
/// wherever a culture is asked for (<c>ReportText.Render(report, plan, table.Culture)</c>). There is deliberately no
/// process-wide registry: a registry would be mutable global state that two callers (or two tests running in
/// parallel) could change under each other, while a culture that carries its table is immutable, needs no set-up
/// order and works in every globalization mode.
/// </para>
/// <para>
/// <see cref="Catalogue"/> lists every text the library can show; <see cref="MissingTexts"/> names those a table
/// lacks. The key is the pair, not the German text alone: German writes "Ziel" both as a heading and inside a sentence,
/// where English (and a third language) writes "Goal" and "goal", and "nicht zutreffend" is "not applicable" in one
/// place and "out of scope" in another. A missing text, a text the library composes at run time (such as a reading error quoting the input) and the
/// names in the documents themselves come in the table's <see cref="BaseLanguage"/>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var pirate = LanguageTable.Create("en-x-pirate", LanguageConventions.English,
///     LanguageTable.Catalogue.ToDictionary(text =&gt; text, text =&gt; Piratize(text.English)));
/// File.WriteAllText("report.txt", ReportText.Render(report, plan, pirate.Culture));
/// </code>
/// </example>
public sealed class LanguageTable
{
    private readonly FrozenDictionary<LocalizedText, string>? _texts;

    private LanguageTable(string name, Language baseLanguage, LanguageConventions conventions, FrozenDictionary<LocalizedText, string>? texts, CultureInfo? culture)
    {
        Name = name;
        BaseLanguage = baseLanguage;
        Conventions = conventions;
        _texts = texts;
        Culture = culture ?? CultureInfo.ReadOnly(new TableCulture(this));
    }

    /// <summary>Gets the German table: the source texts themselves, with <see cref="LanguageConventions.German"/>.</summary>
    public static LanguageTable German { get; } = new("de", Language.German, LanguageConventions.German, null, GermanCulture.Instance);

    /// <summary>Gets the English table: the English text of every pair, with <see cref="LanguageConventions.English"/>.</summary>
    public static LanguageTable English { get; } = new("en", Language.English, LanguageConventions.English, null, CultureInfo.InvariantCulture);

    /// <summary>Gets every text the library can show, in German and English: the keys of a table.</summary>
    /// <value>The texts built into the library (rule titles and messages, report words, reading errors), ordered by German, then English text. The Word renderer adds its own (<c>WordReport.Texts</c>).</value>
    public static ValueList<LocalizedText> Catalogue => TextCatalogue.Texts;

    /// <summary>Gets the table's name, which is also the name of its <see cref="Culture"/>.</summary>
    public string Name { get; }

    /// <summary>Gets the built-in language the table stands on: <see cref="Language.German"/> or <see cref="Language.English"/>.</summary>
    /// <value>The language of texts the table lacks and of the names in documents; also what <see cref="MessageCulture.LanguageOf(CultureInfo)"/> says for its culture.</value>
    public Language BaseLanguage { get; }

    /// <summary>Gets how the language writes numbers, percentages, money, dates, quotes and CSV.</summary>
    public LanguageConventions Conventions { get; }

    /// <summary>Gets the culture to pass to the library for this table.</summary>
    /// <value><see cref="MessageCulture.German"/>, <see cref="MessageCulture.English"/>, or for a created table a read-only culture named <see cref="Name"/> with the table's number format.</value>
    public CultureInfo Culture { get; }

    /// <summary>Creates a table for a further language.</summary>
    /// <param name="name">The name of the table and its culture, such as <c>fr</c>; must not start with <c>de</c> or be empty.</param>
    /// <param name="conventions">The conventions.</param>
    /// <param name="texts">The texts, keyed by the texts of <see cref="Catalogue"/> they translate; copied.</param>
    /// <param name="baseLanguage">The built-in language of texts the table lacks. Default <see cref="Language.English"/>.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException">An argument, a key or a text is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or starts with <c>de</c> (German cultures are the German table's), or <paramref name="baseLanguage"/> is not defined.</exception>
    public static LanguageTable Create(string name, LanguageConventions conventions, IReadOnlyDictionary<LocalizedText, string> texts, Language baseLanguage = Language.English)
    {
        Guard.NotBlank(name);
        if (IsGermanName(name))
        {
            throw new ArgumentException($"The name '{name}' starts with \"de\": such cultures are the German table's.", nameof(name));
        }

        if (!Enum.IsDefined(baseLanguage))
        {
            throw new ArgumentException($"The base language {baseLanguage} is not defined.", nameof(baseLanguage));
        }

        var copy = new Dictionary<LocalizedText, string>(Guard.NotNull(texts).Count);
        foreach (var (key, text) in texts)
        {
            copy[Guard.NotNull(key, nameof(texts))] = text ?? throw new ArgumentNullException(nameof(texts), $"The text for '{key.German}' / '{key.English}' is null.");
        }

        return new LanguageTable(name, baseLanguage, Guard.NotNull(conventions), copy.ToFrozenDictionary(), null);
    }

    /// <summary>Gets the table for a culture: the culture's own for one from <see cref="Culture"/>, German for a culture whose name starts with <c>de</c>, English for every other.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public static LanguageTable For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture is TableCulture own ? own.Table : IsGermanName(culture.Name) ? German : English;
    }

    /// <summary>Gets a text in this language: the table's text for its key, else the text in <see cref="BaseLanguage"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text in this language.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public string Text(LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_texts is not null && _texts.TryGetValue(text, out var own))
        {
            return own;
        }

        return BaseLanguage == Language.German ? text.German : text.English;
    }

    /// <summary>Tells whether the table has its own text for a key (the built-in tables have every key).</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when <see cref="Text"/> does not fall back to <see cref="BaseLanguage"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public bool Covers(LocalizedText text) => _texts is null || _texts.ContainsKey(Guard.NotNull(text));

    /// <summary>Gets the texts of <see cref="Catalogue"/> the table has no text for.</summary>
    /// <returns>The missing texts, in catalogue order; empty for a complete table.</returns>
    public ValueList<LocalizedText> MissingTexts()
    {
        var missing = new List<LocalizedText>();
        foreach (var text in Catalogue)
        {
            if (!Covers(text))
            {
                missing.Add(text);
            }
        }

        return new ValueList<LocalizedText>(missing);
    }

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    private static bool IsGermanName(string name) => name.StartsWith("de", StringComparison.OrdinalIgnoreCase);
}
