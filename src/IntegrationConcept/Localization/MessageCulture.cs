using System;
using System.Globalization;
using NodaTime;

namespace IntegrationConcept.Localization;

/// <summary>
/// Picks the message language for a culture and formats numbers, percentages and dates for it.
/// The culture is always an argument: the thread's culture is never consulted.
/// </summary>
/// <remarks>
/// German (<c>de</c>, <c>de-DE</c>, <c>de-AT</c>, ...) writes numbers with a decimal comma and dates as
/// <c>13.12.2011</c>; every other culture gets English texts, English numbers (a decimal point) and ISO dates
/// (<c>2011-12-13</c>); the culture of a created <see cref="LanguageTable"/> gets that table's texts and
/// <see cref="LanguageTable.Conventions"/>. The formats are carried by the library, not asked from the operating system: the output is
/// the same bytes in every globalization mode, including <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c>, where the
/// system's cultures carry no data (or do not exist); use <see cref="German"/> there.
/// </remarks>
public static class MessageCulture
{
    /// <summary>
    /// Gets a German culture (named <c>"de"</c>) that exists in every globalization mode: the one to pass for German
    /// reports in a container or a Native AOT app with invariant globalization, where
    /// <c>CultureInfo.GetCultureInfo("de-DE")</c> throws <see cref="CultureNotFoundException"/>.
    /// </summary>
    /// <value>A read-only culture with the decimal comma and German date patterns; invariant in all else.</value>
    public static CultureInfo German => GermanCulture.Instance;

    /// <summary>Gets the culture of English reports: <see cref="CultureInfo.InvariantCulture"/>, which exists in every globalization mode.</summary>
    /// <value><see cref="CultureInfo.InvariantCulture"/>.</value>
    public static CultureInfo English => CultureInfo.InvariantCulture;

    /// <summary>Gets the language for a culture.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns><see cref="Language.German"/> for a culture whose name starts with "de", the <see cref="LanguageTable.BaseLanguage"/> for the culture of a created <see cref="LanguageTable"/>, otherwise <see cref="Language.English"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public static Language LanguageOf(CultureInfo culture)
        => LanguageTable.For(culture).BaseLanguage;

    /// <summary>Formats a number without trailing zeros, such as <c>12,5</c> in German and <c>12.5</c> in English.</summary>
    /// <param name="value">The number.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The formatted number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public static string FormatNumber(decimal value, CultureInfo culture)
        => value.ToString("0.##########", NumberCulture(culture));

    /// <summary>Formats a percentage with one decimal, such as <c>66,7 %</c> in German and <c>66.7%</c> in English.</summary>
    /// <param name="percent">The percentage (0 to 100).</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The formatted percentage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public static string FormatPercent(decimal percent, CultureInfo culture)
    {
        var conventions = LanguageTable.For(culture).Conventions;
        return conventions.Percent(Math.Round(percent, 1, MidpointRounding.AwayFromZero).ToString("0.0", conventions.NumberFormat));
    }

    /// <summary>Formats a date: <c>13.12.2011</c> in German, ISO <c>2011-12-13</c> otherwise.</summary>
    /// <param name="date">The date.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The formatted date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public static string FormatDate(LocalDate date, CultureInfo culture)
        => LanguageTable.For(culture).Conventions.FormatDate(date);

    // German sentences get the library's German numbers whatever the culture's data (in invariant mode "de-DE" has a
    // decimal point), English sentences English numbers whatever the culture's own format (fr-FR would give "50,0"):
    // the table's conventions decide, never the operating system.
    private static NumberFormatInfo NumberCulture(CultureInfo culture) => LanguageTable.For(culture).Conventions.NumberFormat;
}
