using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

using IntegrationConcept.Documents.Json.Texts;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json.Converters;

/// <summary>
/// Reads and writes an enum as its camelCase name (<c>ParticipationRole.Carrier</c> is <c>"carrier"</c>). Strict:
/// names are case-sensitive, numbers and combinations are rejected, and the error lists the allowed names.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonConverter<TEnum>, IDescribedConverter
    where TEnum : struct, Enum
{
    private static readonly TEnum[] Values = Enum.GetValues<TEnum>();
    private static readonly string[] Names = CamelCaseNames();
    private static readonly byte[][] Utf8Names = Array.ConvertAll(Names, Encoding.UTF8.GetBytes);
    private static readonly JsonEncodedText[] EncodedNames = Array.ConvertAll(Names, n => JsonEncodedText.Encode(n));

    /// <summary>Gets the allowed names in declaration order.</summary>
    public static IReadOnlyList<string> AllowedNames => Names;

    public LocalizedText Expected => ValueTexts.ExpectedEnum.Format(Allowed());

    public JsonObject GetSchema()
    {
        var values = new JsonArray();
        foreach (var name in Names)
        {
            values.Add((JsonNode?)JsonValue.Create(name));
        }

        return new JsonObject
        {
            ["type"] = "string",
            ["enum"] = values,
        };
    }

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            if (!reader.ValueIsEscaped)
            {
                var span = reader.HasValueSequence ? default : reader.ValueSpan;
                for (var i = 0; i < Utf8Names.Length; i++)
                {
                    if (reader.HasValueSequence ? reader.ValueTextEquals(Utf8Names[i]) : span.SequenceEqual(Utf8Names[i]))
                    {
                        return Values[i];
                    }
                }
            }
            else
            {
                var text = reader.GetString();
                var index = Array.IndexOf(Names, text);
                if (index >= 0)
                {
                    return Values[index];
                }
            }

            throw new LocalizedJsonException(ValueTexts.EnumNotAllowed.Format(reader.GetString(), Allowed()));
        }

        throw new LocalizedJsonException(ValueTexts.EnumNotString.Format(Allowed(), JsonErrors.Describe(reader.TokenType)));
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        var comparer = EqualityComparer<TEnum>.Default;
        for (var i = 0; i < Values.Length; i++)
        {
            if (comparer.Equals(Values[i], value))
            {
                writer.WriteStringValue(EncodedNames[i]);
                return;
            }
        }

        throw new JsonException($"{typeof(TEnum).Name} has no value {value}; it cannot be written.");
    }

    private static string Allowed() => "\"" + string.Join("\", \"", Names) + "\"";

    private static string[] CamelCaseNames()
    {
        var names = new string[Values.Length];
        for (var i = 0; i < Values.Length; i++)
        {
            names[i] = JsonNamingPolicy.CamelCase.ConvertName(Values[i].ToString());
        }

        return names;
    }
}
