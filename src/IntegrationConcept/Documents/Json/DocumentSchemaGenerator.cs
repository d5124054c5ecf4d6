using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using IntegrationConcept.Documents.Json.Converters;

namespace IntegrationConcept.Documents.Json;

/// <summary>
/// Generates the JSON Schema (draft 2020-12) of a document kind from its DTO metadata, so that schema and reader
/// cannot disagree. The committed files under <c>schemas/</c> are its output; a test keeps them equal.
/// </summary>
internal static class DocumentSchemaGenerator
{
    public const string Draft = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>Generates the schema text of a format's current version, in the same layout as written documents.</summary>
    public static string Generate(DocumentFormat format) => Generate(format, format.CurrentVersion);

    /// <summary>Generates the schema text of one version of a format (<see cref="DocumentFormat.SchemaFileNameOf"/>), from that version's shape.</summary>
    public static string Generate(DocumentFormat format, int version)
    {
        var options = DocumentReadOptions.Default.SerializerOptions;
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = Transform,
        };
        var body = options.GetJsonSchemaAsNode(format.ShapeTypeOf(version), exporter).AsObject();

        var root = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = format.SchemaUrlOf(version),
            ["title"] = $"IntegrationConcept {format.Name}, format version {version}",
            ["description"] = $"A {format.Name} document of the IntegrationConcept JSON format. Members are camelCase; enums are camelCase strings; dates are ISO strings (YYYY-MM-DD); ids are non-empty strings without surrounding white space. Absent optional members and empty lists may be left out." + (format.Remarks is null ? string.Empty : " " + format.Remarks),
        };
        foreach (var (name, value) in body)
        {
            root[name] = value?.DeepClone();
        }

        var properties = root["properties"]!.AsObject();
        properties["$schema"] = new JsonObject
        {
            ["type"] = "string",
            ["description"] = "The URL of this schema: " + format.SchemaUrlOf(version),
        };
        properties["formatVersion"] = new JsonObject
        {
            ["type"] = "integer",
            ["const"] = version,
            ["description"] = "The version of the document format.",
        };

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, DocumentJsonOptions.Writer))
        {
            root.WriteTo(writer);
        }

        stream.WriteByte((byte)'\n');
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        // The element a suppression or out-of-scope declaration names is a plain string in the DTOs (it may name any
        // kind of element) but is read with the id grammar (MappingHelpers.PlainId): the schema says so too.
        if (context.PropertyInfo is { Name: "elementId" } property && NamesAnElementById(property.DeclaringType))
        {
            return ElementIdJsonConverter<object>.Schema();
        }

        var type = context.TypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type);
        var info = underlying is null ? context.TypeInfo : context.TypeInfo.Options.GetTypeInfo(underlying);

        // The exporter leaves out "items" when the items' converter is a custom one: fill it in.
        if (info.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Enumerable
            && info.ElementType is { } elementType
            && schema is JsonObject array
            && !array.ContainsKey("items")
            && info.Options.GetTypeInfo(elementType).Converter is IDescribedConverter items)
        {
            array["items"] = items.GetSchema();
            return array;
        }

        if (info.Converter is not IDescribedConverter described)
        {
            return schema;
        }

        var result = described.GetSchema();
        if (underlying is not null)
        {
            result["type"] = new JsonArray(result["type"]!.GetValue<string>(), "null");
            if (result["enum"] is JsonArray values)
            {
                values.Add((JsonNode?)null);
            }
        }

        return result;
    }

    private static bool NamesAnElementById(Type declaringType)
        => declaringType == typeof(V1.SuppressionDto)
        || declaringType == typeof(V1.OutOfScopeDeclarationDto)
        || declaringType == typeof(V2.OutOfScopeDeclarationV2Dto);
}
