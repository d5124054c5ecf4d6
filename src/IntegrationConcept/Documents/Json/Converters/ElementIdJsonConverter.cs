using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using IntegrationConcept.Model;

using IntegrationConcept.Documents.Json.Texts;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json.Converters;

/// <summary>Reads and writes an <see cref="ElementId{TElement}"/> as a plain JSON string; a blank id is a format error with its path.</summary>
/// <typeparam name="TElement">The element type.</typeparam>
internal sealed class ElementIdJsonConverter<TElement> : JsonConverter<ElementId<TElement>>, IDescribedConverter
{
    // The control and invisible characters (categories Cc, Cf, Zl, Zp) and the combining diacritical marks of the
    // Basic Multilingual Plane, as a regex class body.
    private const string Invisible = "\\u0300-\\u036F\\u1AB0-\\u1AFF\\u1DC0-\\u1DFF\\u20D0-\\u20FF\\uFE20-\\uFE2F\\u0000-\\u001F\\u007F-\\u009F\\u00AD\\u0600-\\u0605\\u061C\\u06DD\\u070F\\u0890\\u0891\\u08E2\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2028\\u2029\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\uFFF9-\\uFFFB";

    public LocalizedText Expected => ValueTexts.ExpectedId;

    public JsonObject GetSchema() => Schema();

    /// <summary>The schema of an id: a non-empty string in the id grammar.</summary>
    public static JsonObject Schema() => new()
    {
        ["type"] = "string",
        ["minLength"] = 1,
        // No white space at either end; no control or invisible character, no combining accent (those of the Basic Multilingual Plane).
        ["pattern"] = "^[^\\s" + Invisible + "]([^" + Invisible + "]*[^\\s" + Invisible + "])?$",
    };

    public override bool HandleNull => true;

    public override ElementId<TElement> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new LocalizedJsonException(ValueTexts.IdNotString.Format(JsonErrors.Describe(reader.TokenType)));
        }

        var value = IdPool.ReadString(ref reader);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new LocalizedJsonException(ValueTexts.IdEmpty);
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            throw new LocalizedJsonException(ValueTexts.IdWhiteSpace.Format(value));
        }

        if (IdGrammar.Problem(value) is { } problem)
        {
            throw new LocalizedJsonException(problem.ToLocalized());
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
