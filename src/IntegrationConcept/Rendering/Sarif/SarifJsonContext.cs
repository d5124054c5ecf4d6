using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntegrationConcept.Rendering.Sarif;

/// <summary>Source-generated serialization of the SARIF log: camelCase, nulls left out, no reflection.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SarifLogDto))]
internal sealed partial class SarifJsonContext : JsonSerializerContext
{
}

/// <summary>The options the log is written with: umlauts unescaped, two-space indent, "\n" line ends.</summary>
internal static class SarifJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(SarifJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
        };
        options.MakeReadOnly();
        return options;
    }
}
