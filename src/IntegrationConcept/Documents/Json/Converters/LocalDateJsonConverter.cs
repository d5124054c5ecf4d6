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

        try
        {
            return Inner.Read(ref reader, typeToConvert, options);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or InvalidOperationException or NodaTime.Text.UnparsableValueException)
        {
            throw new JsonException($"'{reader.GetString()}' is not a valid date; write a date such as \"2011-12-13\" (YYYY-MM-DD).", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
        => Inner.Write(writer, value, options);
}
