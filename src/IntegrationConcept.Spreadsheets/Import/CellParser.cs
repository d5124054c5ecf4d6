using System;
using System.Globalization;
using NodaTime;

namespace IntegrationConcept.Spreadsheets.Import;

/// <summary>
/// Reads numbers and dates from cells: numeric cells as stored; text as German (1.234,5) or invariant (1234.5) numbers
/// by the mapping, strictly (a thousands separator must group three digits, so 1.5 is not read as 15); dates as
/// 31.12.2014 or 2014-12-31 text or as a spreadsheet date number.
/// </summary>
internal static class CellParser
{
    private static readonly NumberFormatInfo German = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = ".", NegativeSign = "-" };

    public static bool TryNumber(string text, double? stored, SpreadsheetNumberFormat format, out decimal value)
    {
        if (stored is { } number)
        {
            if (double.IsFinite(number) && Math.Abs(number) < 7.9e27)
            {
                value = (decimal)number;
                return true;
            }

            value = 0;
            return false;
        }

        var s = text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u00a0", string.Empty, StringComparison.Ordinal);
        if (format == SpreadsheetNumberFormat.Invariant)
        {
            return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        var comma = s.IndexOf(',', StringComparison.Ordinal);
        var integer = comma < 0 ? s : s[..comma];
        if (!GroupsAreValid(integer))
        {
            value = 0;
            return false;
        }

        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, German, out value);
    }

    public static string Expected(SpreadsheetNumberFormat format) => format == SpreadsheetNumberFormat.German ? "1.234,5" : "1234.5";

    public static bool TryDate(string text, double? stored, out LocalDate date)
    {
        if (stored is { } serial)
        {
            // Spreadsheet date numbers count days from 1899-12-30 (with Excel's 1900 leap-year bug already in that epoch).
            if (serial >= 1 && serial < 2_958_466 && serial == Math.Floor(serial))
            {
                date = new LocalDate(1899, 12, 30).PlusDays((int)serial);
                return true;
            }

            date = default;
            return false;
        }

        if (DateTime.TryParseExact(text, ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = LocalDate.FromDateTime(parsed);
            return true;
        }

        date = default;
        return false;
    }

    private static bool GroupsAreValid(string integer)
    {
        var digits = integer.TrimStart('-', '+');
        if (!digits.Contains('.', StringComparison.Ordinal))
        {
            return true;
        }

        var groups = digits.Split('.');
        if (groups[0].Length is < 1 or > 3)
        {
            return false;
        }

        for (var i = 1; i < groups.Length; i++)
        {
            if (groups[i].Length != 3)
            {
                return false;
            }
        }

        return true;
    }
}
