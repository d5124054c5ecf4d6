using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Model;

namespace IntegrationConcept.Documents.Json;

/// <summary>What the reader, the writer and the schema generator need to know about one kind of document.</summary>
internal abstract class DocumentFormat
{
    /// <summary>Where the schemas are published: the raw files under <c>schemas/</c> on the main branch of the repository.</summary>
    public const string SchemaBaseUrl = "https://raw.githubusercontent.com/integrationconcept/integrationconcept/main/schemas/";

    private readonly int[] _versions;

    protected DocumentFormat(DocumentKind kind, string name, string schemaName, int currentVersion, Type dtoType, string? remarks)
    {
        Remarks = remarks;
        Kind = kind;
        CurrentVersion = currentVersion;
        _versions = [currentVersion];
        Name = name;
        SchemaFileName = schemaName + ".v" + CurrentVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".schema.json";
        SchemaUrl = SchemaBaseUrl + SchemaFileName;
        DtoType = dtoType;
    }

    /// <summary>Gets the kind of document.</summary>
    public DocumentKind Kind { get; }

    /// <summary>Gets the name used in messages, such as "city concept".</summary>
    public string Name { get; }

    /// <summary>Gets the schema's file name under <c>schemas/</c>, such as <c>city-concept.v1.schema.json</c>.</summary>
    public string SchemaFileName { get; }

    /// <summary>Gets the schema's URL: the <c>$schema</c> written into documents and the schema's <c>$id</c>.</summary>
    public string SchemaUrl { get; }

    /// <summary>Gets what the schema's description says about this kind beyond the common text, if anything.</summary>
    public string? Remarks { get; }

    /// <summary>Gets the format version written.</summary>
    public int CurrentVersion { get; }

    /// <summary>Gets the format versions read.</summary>
    public IReadOnlyList<int> SupportedVersions => _versions;

    /// <summary>Gets the document DTO type.</summary>
    public Type DtoType { get; }

    /// <summary>Tells whether a format version can be read.</summary>
    public bool Supports(int version) => Array.IndexOf(_versions, version) >= 0;
}

/// <summary>A kind of document: its DTO, its model and the mapping between them.</summary>
/// <typeparam name="TDto">The document DTO.</typeparam>
/// <typeparam name="TModel">The model type.</typeparam>
internal sealed class DocumentFormat<TDto, TModel> : DocumentFormat
    where TDto : DocumentDto
    where TModel : class
{
    private readonly Func<TDto, TModel> _toModel;
    private readonly Func<TModel, TDto> _toDto;

    public DocumentFormat(DocumentKind kind, string name, string schemaName, int currentVersion, Func<TDto, TModel> toModel, Func<TModel, TDto> toDto, string? remarks = null)
        : base(kind, name, schemaName, currentVersion, typeof(TDto), remarks)
    {
        _toModel = toModel;
        _toDto = toDto;
    }

    /// <summary>Maps a DTO to the model; throws <see cref="MappingException"/> or the model's exceptions.</summary>
    public TModel ToModel(TDto dto) => _toModel(dto);

    /// <summary>Maps the model to a DTO, with <c>$schema</c> and <c>formatVersion</c> set.</summary>
    public TDto ToDto(TModel model) => _toDto(model);

    /// <summary>Gets the DTO's metadata for the given options.</summary>
    public static JsonTypeInfo<TDto> TypeInfo(JsonSerializerOptions options) => (JsonTypeInfo<TDto>)options.GetTypeInfo(typeof(TDto));
}
