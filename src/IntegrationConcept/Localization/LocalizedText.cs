using System;
using System.Globalization;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Localization;

/// <summary>
/// A text in German and English; <see cref="Get(CultureInfo)"/> picks one for a culture. The text itself (both languages) is
/// its key in a <see cref="LanguageTable"/> of a further language.
/// </summary>
public sealed record LocalizedText
{
    /// <summary>Creates a text.</summary>
    /// <param name="german">The German text.</param>
    /// <param name="english">The English text.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public LocalizedText(string german, string english)
    {
        German = Guard.NotNull(german);
        English = Guard.NotNull(english);
    }

    /// <summary>Gets the German text.</summary>
    public string German { get; }

    /// <summary>Gets the English text.</summary>
    public string English { get; }

    /// <summary>Gets the text for a culture from its <see cref="LanguageTable"/>: German for "de*", the table's text for the culture of a created table, English otherwise.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public string Get(CultureInfo culture) => LanguageTable.For(culture).Text(this);

    /// <summary>Gets the text in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string Get(Language language) => language == Language.German ? German : English;

    /// <summary>Returns the English text.</summary>
    /// <returns>The English text.</returns>
    public override string ToString() => English;
}
