using System;
using System.Globalization;
using System.Text;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;
using IntegrationConcept.Results;
using NodaTime;

namespace IntegrationConcept.Rendering.Content;

/// <summary>How the report content writes numbers, values with units, dates, periods and grades in one language.</summary>
internal sealed class ContentFormat
{
    private const char NoBreakSpace = '\u00A0';

    public ContentFormat(CultureInfo culture)
    {
        Culture = culture;
        Table = LanguageTable.For(culture);
    }

    public CultureInfo Culture { get; }

    /// <summary>The language table: every word and every convention of the content comes from it.</summary>
    public LanguageTable Table { get; }

    /// <summary>The language of the names in the documents (German, or English where a document gives an English name).</summary>
    public Language Language => Table.BaseLanguage;

    public string L(LocalizedText text) => Table.Text(text);

    /// <summary>Fills <c>{0}</c>, <c>{1}</c>, ... of a text with already formatted arguments, in one pass (an argument is never scanned again).</summary>
    public string F(LocalizedText text, params string[] arguments)
    {
        var template = L(text);
        var result = new StringBuilder(template.Length + 64);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{' && i + 2 < template.Length && char.IsAsciiDigit(template[i + 1]) && template[i + 2] == '}' && template[i + 1] - '0' < arguments.Length)
            {
                result.Append(arguments[template[i + 1] - '0']);
                i += 2;
            }
            else
            {
                result.Append(template[i]);
            }
        }

        return result.ToString();
    }

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    public string Number(decimal value) => MessageCulture.FormatNumber(value, Culture);

    public string Percent(decimal percent) => NoBreak(MessageCulture.FormatPercent(percent, Culture));

    /// <summary>Spaces of a convention's pattern become no-break spaces: a number never parts from its sign.</summary>
    private static string NoBreak(string text) => text.Replace(' ', NoBreakSpace);

    /// <summary>A whole percentage for running text, such as <c>50 %</c>.</summary>
    public string WholePercent(decimal percent)
    {
        var number = Math.Round(percent, 0, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);
        return NoBreak(Table.Conventions.Percent(number));
    }

    /// <summary>A value with its unit: <c>12 %</c>, <c>15 Personen</c>; a bare number without a unit.</summary>
    public string Value(decimal value, string? unit)
    {
        var number = Number(value);
        if (string.IsNullOrWhiteSpace(unit))
        {
            return number;
        }

        return unit == "%" ? NoBreak(Table.Conventions.Percent(number)) : number + NoBreakSpace + unit;
    }

    /// <summary>An amount of money in euros with thousands separators and cents when there are any: <c>12.500 €</c>, <c>1.240,50 €</c> in German, <c>EUR 12,500</c> in English.</summary>
    public string Money(decimal amountEur)
    {
        var numbers = amountEur.ToString(amountEur == decimal.Truncate(amountEur) ? "#,0" : "#,0.00", Table.Conventions.NumberFormat);
        return NoBreak(Table.Conventions.Currency(numbers));
    }

    public string Date(LocalDate date) => MessageCulture.FormatDate(date, Culture);

    /// <summary>A value with its unit and date: <c>12 % (31.03.2014)</c>.</summary>
    public string ValueAt(decimal value, string? unit, LocalDate date) => Value(value, unit) + " (" + Date(date) + ")";

    /// <summary>A period: <c>01.04.2011–31.12.2012</c>, <c>am 02.07.2011</c>, <c>ab 01.06.2011, unbefristet</c>.</summary>
    public string Period(Timeframe period)
        => period.End is not { } end ? F(ContentTexts.OpenEnded, Date(period.Start))
            : end == period.Start ? F(ContentTexts.OnDay, Date(end))
            : Date(period.Start) + "–" + Date(end);

    public string Quote(string text) => Table.Conventions.OpeningQuote + text + Table.Conventions.ClosingQuote;

    public string Grade(CoverageGrade grade) => L(ContentTexts.Grade(grade));

    public static ContentTone Tone(CoverageGrade grade) => grade switch
    {
        CoverageGrade.Covered => ContentTone.Covered,
        CoverageGrade.PartlyCovered => ContentTone.PartlyCovered,
        CoverageGrade.Uncovered => ContentTone.Uncovered,
        _ => ContentTone.OutOfScope,
    };

    public string FieldName(string name, string? englishName)
        => Language == Language.English && !string.IsNullOrEmpty(englishName) ? englishName : name;

    /// <summary>Rounds a computed value to the precision of the data it comes from; says "rund" when that changed it.</summary>
    public string Rounded(decimal value, int decimals, string? unit)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var text = Value(rounded, unit);
        return rounded == value ? text : L(ContentTexts.About) + " " + text;
    }

    /// <summary>The number of decimals a value is given with (<c>12.50</c> has 1: trailing zeros do not count).</summary>
    public static int Decimals(decimal value)
    {
        var text = value.ToString("0.##########", CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        return point < 0 ? 0 : text.Length - point - 1;
    }
}
