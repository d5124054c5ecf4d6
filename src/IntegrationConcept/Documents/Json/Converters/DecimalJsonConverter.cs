using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

using IntegrationConcept.Documents.Json.Texts;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json.Converters;

/// <summary>Reads and writes every number of the documents through <see cref="JsonDecimal"/>: overflow and underflow are errors, output is canonical.</summary>
internal sealed class DecimalJsonConverter : JsonConverter<decimal>, IDescribedConverter
{
    public LocalizedText Expected => ValueTexts.ExpectedNumber;

    public JsonObject GetSchema() => new() { ["type"] = "number" };

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.Number
            ? JsonDecimal.Read(ref reader)
            : throw new JsonException(); // STJ's own "could not be converted", which the error layer turns into "Expected a number here."

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => JsonDecimal.Write(writer, value);
}
