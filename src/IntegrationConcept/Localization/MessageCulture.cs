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
/// <c>13.12.2011</c>; every other culture gets English texts, its own number format and ISO dates (<c>2011-12-13</c>).
/// </remarks>
public static class MessageCulture
{
    private static readonly CultureInfo GermanFallback = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>Gets the language for a culture.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns><see cref="Language.German"/> for a culture whose name starts with "de", otherwise <see cref="Language.English"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public static Language LanguageOf(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.Name.StartsWith("de", StringComparison.OrdinalIgnoreCase) ? Language.German : Language.English;
    }

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
        var number = Math.Round(percent, 1, MidpointRounding.AwayFromZero).ToString("0.0", NumberCulture(culture));
        return LanguageOf(culture) == Language.German ? number + " %" : number + "%";
    }

    /// <summary>Formats a date: <c>13.12.2011</c> in German, ISO <c>2011-12-13</c> otherwise.</summary>
    /// <param name="date">The date.</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The formatted date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public static string FormatDate(LocalDate date, CultureInfo culture)
        => LanguageOf(culture) == Language.German
            ? date.ToString("dd.MM.uuuu", CultureInfo.InvariantCulture)
            : date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static CultureInfo NumberCulture(CultureInfo culture)
    {
        // A neutral or invariant German culture still gets the decimal comma.
        if (LanguageOf(culture) == Language.German && culture.NumberFormat.NumberDecimalSeparator != ",")
        {
            return GermanFallback;
        }

        // English sentences get English numbers, whatever the culture's own format (fr-FR would give "50,0").
        return LanguageOf(culture) == Language.English ? CultureInfo.InvariantCulture : culture;
    }
}
