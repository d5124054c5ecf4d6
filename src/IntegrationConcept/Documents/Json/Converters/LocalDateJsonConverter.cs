using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace IntegrationConcept.Documents.Json.Converters;

/// <summary>
/// Reads and writes a <see cref="LocalDate"/> as an ISO date string (<c>"2011-12-13"</c>) through NodaTime's own
/// converter, turning every failure into a <see cref="JsonException"/> that says what a date must look like.
/// </summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>, IDescribedConverter
{
    private static readonly JsonConverter<LocalDate> Inner = NodaConverters.LocalDateConverter;

    public string Expected => "a date such as \"2011-12-13\" (YYYY-MM-DD)";

    public JsonObject GetSchema() => new()
    {
        ["type"] = "string",
        ["format"] = "date",
    };

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A date must be a JSON string such as \"2011-12-13\" (YYYY-MM-DD), not {JsonErrors.Describe(reader.TokenType)}.");
        }

        if (TryReadCanonical(ref reader, out var date))
        {
            return date;
        }

        try
        {
            return Inner.Read(ref reader, typeToConvert, options);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or InvalidOperationException or NodaTime.Text.UnparsableValueException)
        {
            throw new JsonException($"'{reader.GetString()}' is not a valid date; write a date such as \"2011-12-13\" (YYYY-MM-DD).", ex);
        }
    }

    // The common case without NodaTime's pattern parser (which allocates per value): exactly "YYYY-MM-DD", unescaped,
    // year 1 to 9999, a day that exists. Anything else takes the NodaTime path, which gives the same date or the error.
    private static bool TryReadCanonical(ref Utf8JsonReader reader, out LocalDate date)
    {
        date = default;
        if (reader.HasValueSequence || reader.ValueIsEscaped)
        {
            return false;
        }

        var s = reader.ValueSpan;
        if (s.Length != 10 || s[4] != (byte)'-' || s[7] != (byte)'-')
        {
            return false;
        }

        if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day))
        {
            return false;
        }

        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
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

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
        => Inner.Write(writer, value, options);
}
