using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using IntegrationConcept.Model;

namespace IntegrationConcept.Documents.Json.Converters;

/// <summary>Reads and writes an <see cref="ElementId{TElement}"/> as a plain JSON string; a blank id is a format error with its path.</summary>
/// <typeparam name="TElement">The element type.</typeparam>
internal sealed class ElementIdJsonConverter<TElement> : JsonConverter<ElementId<TElement>>, IDescribedConverter
{
    public string Expected => "an id (a non-empty string)";

    public JsonObject GetSchema() => new()
    {
        ["type"] = "string",
        ["minLength"] = 1,
        ["pattern"] = "^\\S([\\s\\S]*\\S)?$",
    };

    public override bool HandleNull => true;

    public override ElementId<TElement> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"An id must be a JSON string, not {JsonErrors.Describe(reader.TokenType)}.");
        }

        var value = IdPool.ReadString(ref reader);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new JsonException("An id must not be empty.");
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            throw new JsonException($"The id '{value}' must not start or end with white space.");
        }

        return new ElementId<TElement>(value);
    }

    public override void Write(Utf8JsonWriter writer, ElementId<TElement> value, JsonSerializerOptions options)
    {
        if (value.IsEmpty)
        {
            throw new JsonException("An empty id cannot be written.");
        }

        writer.WriteStringValue(value.Value);
    }
}
