using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using IntegrationConcept.Documents.Json.V1;

using IntegrationConcept.Documents.Json.Texts;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json.Converters;

/// <summary>Reads and writes a rule parameter's value: a JSON number (a decimal) or a JSON string; nothing else.</summary>
internal sealed class ParameterScalarJsonConverter : JsonConverter<ParameterScalar>, IDescribedConverter
{
    public LocalizedText Expected => ValueTexts.ExpectedParameter;

    public JsonObject GetSchema() => new()
    {
        ["type"] = new JsonArray("number", "string"),
        ["description"] = "A number for a number parameter (such as 15), a string for a text parameter.",
    };

    public override ParameterScalar Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return new ParameterScalar(JsonDecimal.Read(ref reader), null);
            case JsonTokenType.String:
                return new ParameterScalar(null, reader.GetString());
            default:
                throw new LocalizedJsonException(ValueTexts.ParameterNotScalar.Format(JsonErrors.Describe(reader.TokenType)));
        }
    }

    public override void Write(Utf8JsonWriter writer, ParameterScalar value, JsonSerializerOptions options)
    {
        if (value.Text is { } text)
        {
            writer.WriteStringValue(text);
        }
        else
        {
            JsonDecimal.Write(writer, value.Number.GetValueOrDefault());
        }
    }
}
