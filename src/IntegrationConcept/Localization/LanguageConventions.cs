using System;
using System.Globalization;
using IntegrationConcept.Internal;
using NodaTime;
using NodaTime.Text;

namespace IntegrationConcept.Localization;

/// <summary>
/// How one language writes what is not a sentence: numbers, percentages, money, dates, quotation marks, the CSV
/// separator and the language tags of HTML and Word documents. The renderers ask a <see cref="LanguageTable"/> for
/// these, never which language it is.
/// </summary>
/// <remarks>
/// Patterns hold <c>{0}</c> for the formatted number; a space in a pattern becomes a no-break space in reports.
/// German writes <c>66,7 %</c>, <c>12.500 €</c>, <c>13.12.2011</c>, <c>„…“</c> and separates CSV fields with
/// <c>;</c>; English <c>66.7%</c>, <c>EUR 12,500</c>, <c>2011-12-13</c>, <c>‘…’</c> and <c>,</c>.
/// </remarks>
public sealed class LanguageConventions
{
    private readonly LocalDatePattern _date;

    /// <summary>Creates conventions.</summary>
    /// <param name="languageTag">The BCP-47 tag of HTML's <c>lang</c>, such as <c>de</c>.</param>
    /// <param name="documentLanguageTag">The BCP-47 tag with a region for Word documents, such as <c>de-DE</c>.</param>
    /// <param name="numberFormat">The number format: decimal and group separators, negative sign; a read-only copy is kept.</param>
    /// <param name="datePattern">A NodaTime <see cref="LocalDate"/> pattern, such as <c>dd.MM.uuuu</c>.</param>
    /// <param name="percentPattern">The percentage around <c>{0}</c>, such as <c>{0} %</c>.</param>
    /// <param name="currencyPattern">An amount in euros around <c>{0}</c>, such as <c>{0} €</c>.</param>
    /// <param name="csvSeparator">The field separator of CSV files; not a quote, a line break or a letter or digit.</param>
    /// <param name="openingQuote">The opening quotation mark.</param>
    /// <param name="closingQuote">The closing quotation mark.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A tag is empty, a pattern has no <c>{0}</c>, the date pattern is invalid, or the separator cannot separate CSV fields; the message names the parameter.</exception>
    public LanguageConventions(
        string languageTag,
        string documentLanguageTag,
        NumberFormatInfo numberFormat,
        string datePattern,
        string percentPattern,
        string currencyPattern,
        char csvSeparator,
        string openingQuote,
        string closingQuote)
    {
        LanguageTag = Guard.NotBlank(languageTag);
        DocumentLanguageTag = Guard.NotBlank(documentLanguageTag);
        NumberFormat = NumberFormatInfo.ReadOnly((NumberFormatInfo)Guard.NotNull(numberFormat).Clone());
        DatePattern = Guard.NotNull(datePattern);
        try
        {
            _date = LocalDatePattern.CreateWithInvariantCulture(datePattern);
        }
        catch (InvalidPatternException ex)
        {
            throw new ArgumentException($"The date pattern '{datePattern}' is not a NodaTime date pattern: {ex.Message}", nameof(datePattern), ex);
        }

        PercentPattern = WithNumber(percentPattern, nameof(percentPattern));
        CurrencyPattern = WithNumber(currencyPattern, nameof(currencyPattern));
        if (csvSeparator is '"' or '\r' or '\n' || char.IsLetterOrDigit(csvSeparator))
        {
            throw new ArgumentException($"'{csvSeparator}' cannot separate CSV fields.", nameof(csvSeparator));
        }

        CsvSeparator = csvSeparator;
        OpeningQuote = Guard.NotNull(openingQuote);
        ClosingQuote = Guard.NotNull(closingQuote);
    }

    /// <summary>Gets the German conventions: <c>66,7 %</c>, <c>12.500 €</c>, <c>13.12.2011</c>, <c>„…“</c>, CSV with <c>;</c>.</summary>
    public static LanguageConventions German { get; } = new("de", "de-DE", GermanCulture.NumberFormatInfo, "dd.MM.uuuu", "{0} %", "{0} €", ';', "„", "“");

    /// <summary>Gets the English conventions: <c>66.7%</c>, <c>EUR 12,500</c>, <c>2011-12-13</c>, <c>‘…’</c>, CSV with <c>,</c>.</summary>
    public static LanguageConventions English { get; } = new("en", "en-GB", NumberFormatInfo.InvariantInfo, "uuuu-MM-dd", "{0}%", "EUR {0}", ',', "‘", "’");

    /// <summary>Gets the tag of HTML's <c>lang</c> attribute.</summary>
    public string LanguageTag { get; }

    /// <summary>Gets the tag with a region that Word documents carry.</summary>
    public string DocumentLanguageTag { get; }

    /// <summary>Gets the number format (read-only).</summary>
    public NumberFormatInfo NumberFormat { get; }

    /// <summary>Gets the NodaTime pattern of dates.</summary>
    public string DatePattern { get; }

    /// <summary>Gets the pattern of percentages around <c>{0}</c>.</summary>
    public string PercentPattern { get; }

    /// <summary>Gets the pattern of amounts in euros around <c>{0}</c>.</summary>
    public string CurrencyPattern { get; }

    /// <summary>Gets the field separator of CSV files.</summary>
    public char CsvSeparator { get; }

    /// <summary>Gets the opening quotation mark.</summary>
    public string OpeningQuote { get; }

    /// <summary>Gets the closing quotation mark.</summary>
    public string ClosingQuote { get; }

    /// <summary>Formats a date with <see cref="DatePattern"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The date as text.</returns>
    public string FormatDate(LocalDate date) => _date.Format(date);

    /// <summary>Puts a formatted number into <see cref="PercentPattern"/>.</summary>
    /// <param name="number">The formatted number.</param>
    /// <returns>The percentage as text.</returns>
    public string Percent(string number) => Fill(PercentPattern, number);

    /// <summary>Puts a formatted amount into <see cref="CurrencyPattern"/>.</summary>
    /// <param name="amount">The formatted amount.</param>
    /// <returns>The amount as text.</returns>
    public string Currency(string amount) => Fill(CurrencyPattern, amount);

    private static string Fill(string pattern, string number) => pattern.Replace("{0}", number, StringComparison.Ordinal);

    private static string WithNumber(string pattern, string name)
        => Guard.NotNull(pattern, name).Contains("{0}", StringComparison.Ordinal) ? pattern : throw new ArgumentException($"The pattern '{pattern}' has no {{0}} for the number.", name);
}
