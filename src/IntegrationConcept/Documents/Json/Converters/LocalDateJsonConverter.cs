using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using NodaTime;

using IntegrationConcept.Documents.Json.Texts;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json.Converters;

/// <summary>
/// Reads and writes a <see cref="LocalDate"/> as an ISO date string (<c>"2011-12-13"</c>): exactly <c>YYYY-MM-DD</c>
/// in the ISO calendar, years 1 to 9999 (the documented grammar; no sign, no year 0). Every failure is a
/// <see cref="JsonException"/> that says what is wrong and what a date must look like.
/// </summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>, IDescribedConverter
{
    /// <summary>The pattern of the schema: YYYY-MM-DD with a year other than 0000 (<c>"format": "date"</c> checks month and day).</summary>
    public const string Pattern = "^(?!0000)[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    private const int Length = 10;

    public LocalizedText Expected => ValueTexts.ExpectedDate;

    public JsonObject GetSchema() => new()
    {
        ["type"] = "string",
        ["format"] = "date",
        ["pattern"] = Pattern,
    };

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new LocalizedJsonException(ValueTexts.DateNotString.Format(JsonErrors.Describe(reader.TokenType)));
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            return Parse(reader.ValueSpan);
        }

        // Escaped or split: unescape first.
        var s = reader.GetString()!;
        Span<byte> copy = stackalloc byte[Length];
        return s.Length == Length && Ascii(s, copy) ? Parse(copy) : throw NotADate(s);
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        if (value.Calendar != CalendarSystem.Iso)
        {
            value = value.WithCalendar(CalendarSystem.Iso);
        }

        if (value.Year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(
                nameof(value),
                $"The date {value.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} cannot be written: the document format holds years 1 to 9999 (YYYY-MM-DD).");
        }

        Span<byte> bytes = stackalloc byte[Length];
        Put(bytes, 0, 4, value.Year);
        bytes[4] = (byte)'-';
        Put(bytes, 5, 2, value.Month);
        bytes[7] = (byte)'-';
        Put(bytes, 8, 2, value.Day);
        writer.WriteStringValue(bytes);
    }

    private static LocalDate Parse(ReadOnlySpan<byte> s)
    {
        if (s.Length != Length || s[4] != (byte)'-' || s[7] != (byte)'-'
            || !Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day))
        {
            throw NotADate(Text(s));
        }

        if (year < 1)
        {
            throw new LocalizedJsonException(ValueTexts.DateYearZero.Format(Text(s), ValueTexts.DateGrammar));
        }

        if (month is < 1 or > 12)
        {
            throw new LocalizedJsonException(ValueTexts.DateMonth.Format(Text(s), ValueTexts.DateGrammar));
        }

        var days = DateTime.DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            throw new LocalizedJsonException(ValueTexts.DateDay.Format(Text(s), days.ToString("00", System.Globalization.CultureInfo.InvariantCulture), ValueTexts.DateGrammar));
        }

        return new LocalDate(year, month, day);
    }

    private static LocalizedJsonException NotADate(string text)
        => new(ValueTexts.NotADate.Format(Quote(text), ValueTexts.DateGrammar));

    // A message quotes at most a short prefix of what it found.
    private static string Quote(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    private static string Text(ReadOnlySpan<byte> s) => Quote(System.Text.Encoding.UTF8.GetString(s.Length <= 160 ? s : s[..160]));

    private static bool Ascii(string text, Span<byte> bytes)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > 0x7F)
            {
                return false;
            }

            bytes[i] = (byte)text[i];
        }

        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = s[i] - (byte)'0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    private static void Put(Span<byte> bytes, int start, int count, int value)
    {
        for (var i = start + count - 1; i >= start; i--)
        {
            bytes[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
