using System.Globalization;

namespace IntegrationConcept.Localization;

/// <summary>
/// A German culture built in code: named <c>"de"</c>, with the decimal comma and German date patterns and names,
/// and invariant everything else. It exists in every globalization mode, including
/// <c>DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1</c> (containers, Native AOT), where the operating system's
/// <c>de-DE</c> is not available, so that the German report is the same bytes whatever the machine.
/// </summary>
internal sealed class GermanCulture : CultureInfo
{
    private static readonly NumberFormatInfo Numbers = CreateNumbers();
    private static readonly DateTimeFormatInfo Dates = CreateDates();

    private GermanCulture()
        : base(string.Empty, useUserOverride: false)
    {
    }

    /// <summary>Gets the one read-only instance.</summary>
    public static CultureInfo Instance { get; } = ReadOnly(new GermanCulture());

    /// <summary>Gets the number format of the German reports: decimal comma, a full stop between thousands.</summary>
    public static NumberFormatInfo NumberFormatInfo => Numbers;

    public override string Name => "de";

    public override string TwoLetterISOLanguageName => "de";

    public override string ThreeLetterISOLanguageName => "deu";

    public override string EnglishName => "German";

    public override string NativeName => "Deutsch";

    public override string DisplayName => "German";

    public override NumberFormatInfo NumberFormat
    {
        get => Numbers;
        set => Fixed(value, Numbers, "number");
    }

    public override DateTimeFormatInfo DateTimeFormat
    {
        get => Dates;
        set => Fixed(value, Dates, "date");
    }

    // CultureInfo.ReadOnly sets the formats of a derived culture through these setters: accept the culture's own.
    private static void Fixed(object value, object own, string what)
    {
        if (!ReferenceEquals(value, own))
        {
            throw new System.InvalidOperationException($"The {what} format of the German message culture is fixed.");
        }
    }

    private static NumberFormatInfo CreateNumbers()
    {
        var numbers = (NumberFormatInfo)InvariantCulture.NumberFormat.Clone();
        numbers.NumberDecimalSeparator = ",";
        numbers.NumberGroupSeparator = ".";
        numbers.PercentDecimalSeparator = ",";
        numbers.PercentGroupSeparator = ".";
        numbers.PercentPositivePattern = 0; // n %
        numbers.PercentNegativePattern = 0; // -n %
        numbers.CurrencyDecimalSeparator = ",";
        numbers.CurrencyGroupSeparator = ".";
        numbers.CurrencySymbol = "€";
        numbers.CurrencyPositivePattern = 3; // n €
        numbers.CurrencyNegativePattern = 8; // -n €
        numbers.NegativeSign = "-";
        numbers.PositiveSign = "+";
        return NumberFormatInfo.ReadOnly(numbers);
    }

    private static DateTimeFormatInfo CreateDates()
    {
        var dates = (DateTimeFormatInfo)InvariantCulture.DateTimeFormat.Clone();
        string[] months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember", string.Empty];
        string[] shortMonths = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.", string.Empty];
        dates.MonthNames = months;
        dates.MonthGenitiveNames = months;
        dates.AbbreviatedMonthNames = shortMonths;
        dates.AbbreviatedMonthGenitiveNames = shortMonths;
        dates.DayNames = ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"];
        dates.AbbreviatedDayNames = ["So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa."];
        dates.ShortestDayNames = ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"];
        dates.AMDesignator = string.Empty;
        dates.PMDesignator = string.Empty;
        dates.DateSeparator = ".";
        dates.TimeSeparator = ":";
        dates.ShortDatePattern = "dd.MM.yyyy";
        dates.LongDatePattern = "dddd, d. MMMM yyyy";
        dates.ShortTimePattern = "HH:mm";
        dates.LongTimePattern = "HH:mm:ss";
        dates.FullDateTimePattern = "dddd, d. MMMM yyyy HH:mm:ss";
        dates.MonthDayPattern = "d. MMMM";
        dates.YearMonthPattern = "MMMM yyyy";
        dates.FirstDayOfWeek = System.DayOfWeek.Monday;
        dates.CalendarWeekRule = CalendarWeekRule.FirstFourDayWeek;
        return DateTimeFormatInfo.ReadOnly(dates);
    }
}
