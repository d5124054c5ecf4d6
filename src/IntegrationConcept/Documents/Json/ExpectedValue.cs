using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IntegrationConcept.Documents.Json.Converters;
using IntegrationConcept.Documents.Json.Texts;
using IntegrationConcept.Localization;
using NodaTime;

namespace IntegrationConcept.Documents.Json;

/// <summary>
/// Says what value a document expects at a JSON path, by walking the DTO metadata along the path: the reason for
/// "wrong value type" messages, which System.Text.Json words in .NET type names (and sometimes the parent's).
/// </summary>
internal static class ExpectedValue
{
    /// <summary>Describes the value expected at <paramref name="path"/>, or returns <see langword="null"/> if the path leads nowhere known.</summary>
    public static LocalizedText? At(JsonSerializerOptions options, Type rootType, string path)
    {
        try
        {
            var info = options.GetTypeInfo(rootType);
            var i = path.StartsWith('$') ? 1 : 0;
            while (i < path.Length)
            {
                string? name = null;
                if (path[i] == '.')
                {
                    var end = path.IndexOfAny(['.', '['], i + 1);
                    end = end < 0 ? path.Length : end;
                    name = path[(i + 1)..end];
                    i = end;
                }
                else if (path.AsSpan(i).StartsWith("['"))
                {
                    var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                    if (end < 0)
                    {
                        return null;
                    }

                    name = path[(i + 2)..end];
                    i = end + 2;
                }
                else if (path[i] == '[')
                {
                    var end = path.IndexOf(']', i + 1);
                    if (end < 0 || info.Kind != JsonTypeInfoKind.Enumerable || info.ElementType is null)
                    {
                        return null;
                    }

                    info = options.GetTypeInfo(info.ElementType);
                    i = end + 1;
                    continue;
                }
                else
                {
                    return null;
                }

                var property = Find(info, name);
                if (property is null)
                {
                    return null;
                }

                info = options.GetTypeInfo(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
            }

            return Describe(options, info);
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private static JsonPropertyInfo? Find(JsonTypeInfo info, string name)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return null;
        }

        foreach (var property in info.Properties)
        {
            if (string.Equals(property.Name, name, StringComparison.Ordinal))
            {
                return property;
            }
        }

        return null;
    }

    private static LocalizedText Describe(JsonSerializerOptions options, JsonTypeInfo info)
    {
        var type = Nullable.GetUnderlyingType(info.Type);
        if (type is not null)
        {
            info = options.GetTypeInfo(type);
        }

        if (info.Converter is IDescribedConverter described)
        {
            return described.Expected;
        }

        return info.Kind switch
        {
            JsonTypeInfoKind.Object => SyntaxTexts.AnObject,
            JsonTypeInfoKind.Enumerable => SyntaxTexts.AnArray,
            JsonTypeInfoKind.Dictionary => SyntaxTexts.AnObject,
            _ when info.Type == typeof(string) => SyntaxTexts.AString,
            _ when info.Type == typeof(int) => SyntaxTexts.AWholeNumberInRange,
            _ when info.Type == typeof(decimal) => SyntaxTexts.AFiniteNumber,
            _ when info.Type == typeof(bool) => SyntaxTexts.TrueOrFalse,
            _ when info.Type == typeof(LocalDate) => SyntaxTexts.ADateWithGrammar,
            _ => SyntaxTexts.AnotherType,
        };
    }
}
