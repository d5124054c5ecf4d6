using System;
using System.Collections.Generic;
using System.Globalization;

namespace IntegrationConcept.Documents.Json;

/// <summary>
/// What the reader, the writer and the schema generator need to know about one kind of document: its names and the
/// registry of its format versions (see <see cref="DocumentFormat{TModel}"/>).
/// </summary>
internal abstract class DocumentFormat
{
    /// <summary>Where the schemas are published: the raw files under <c>schemas/</c> on the main branch of the repository.</summary>
    public const string SchemaBaseUrl = "https://raw.githubusercontent.com/integrationconcept/integrationconcept/main/schemas/";

    private readonly string _schemaName;

    protected DocumentFormat(Model.DocumentKind kind, string name, string schemaName, string? remarks)
    {
        Kind = kind;
        Name = name;
        _schemaName = schemaName;
        Remarks = remarks;
    }

    /// <summary>Gets the kind of document.</summary>
    public Model.DocumentKind Kind { get; }

    /// <summary>Gets the name used in messages, such as "city concept".</summary>
    public string Name { get; }

    /// <summary>Gets the current version's schema file name under <c>schemas/</c>, such as <c>city-concept.v1.schema.json</c>.</summary>
    public string SchemaFileName => SchemaFileNameOf(CurrentVersion);

    /// <summary>Gets the current version's schema URL: the <c>$schema</c> written into documents and the schema's <c>$id</c>.</summary>
    public string SchemaUrl => SchemaUrlOf(CurrentVersion);

    /// <summary>Gets what the schema's description says about this kind beyond the common text, if anything.</summary>
    public string? Remarks { get; }

    /// <summary>Gets the format version written.</summary>
    public abstract int CurrentVersion { get; }

    /// <summary>Gets the format versions read, in ascending order.</summary>
    public abstract IReadOnlyList<int> SupportedVersions { get; }

    /// <summary>Gets the type whose JSON contract is the current version's shape (its document DTO).</summary>
    public Type DtoType => ShapeTypeOf(CurrentVersion);

    /// <summary>Tells whether a format version can be read.</summary>
    public abstract bool Supports(int version);

    /// <summary>Gets the type whose JSON contract is the shape of a version (for the schema and for messages).</summary>
    public abstract Type ShapeTypeOf(int version);

    /// <summary>Gets a version's schema file name, such as <c>city-concept.v2.schema.json</c>.</summary>
    public string SchemaFileNameOf(int version)
        => _schemaName + ".v" + version.ToString(CultureInfo.InvariantCulture) + ".schema.json";

    /// <summary>Gets a version's schema URL.</summary>
    public string SchemaUrlOf(int version) => SchemaBaseUrl + SchemaFileNameOf(version);
}

/// <summary>One kind of document with its model type and every format version it reads; the last version is written.</summary>
/// <typeparam name="TModel">The model type.</typeparam>
internal sealed class DocumentFormat<TModel> : DocumentFormat
    where TModel : class
{
    private readonly DocumentVersion<TModel>[] _versions;
    private readonly int[] _numbers;

    /// <summary>Creates the format.</summary>
    /// <param name="kind">The kind of document.</param>
    /// <param name="name">The name used in messages.</param>
    /// <param name="schemaName">The schema file's stem, such as <c>city-concept</c>.</param>
    /// <param name="remarks">What the schema's description adds for this kind, if anything.</param>
    /// <param name="versions">The versions read, in ascending order; the last one is written.</param>
    public DocumentFormat(Model.DocumentKind kind, string name, string schemaName, string? remarks, params DocumentVersion<TModel>[] versions)
        : base(kind, name, schemaName, remarks)
    {
        if (versions.Length == 0)
        {
            throw new ArgumentException("A document format has at least one version.", nameof(versions));
        }

        _versions = versions;
        _numbers = new int[versions.Length];
        for (var i = 0; i < versions.Length; i++)
        {
            _numbers[i] = versions[i].Number;
            if (i > 0 && _numbers[i] <= _numbers[i - 1])
            {
                throw new ArgumentException("The versions must be listed in ascending order, each once.", nameof(versions));
            }
        }
    }

    /// <summary>Gets the version written.</summary>
    public DocumentVersion<TModel> Current => _versions[^1];

    /// <inheritdoc/>
    public override int CurrentVersion => Current.Number;

    /// <inheritdoc/>
    public override IReadOnlyList<int> SupportedVersions => _numbers;

    /// <summary>Gets every version read, in ascending order.</summary>
    public IReadOnlyList<DocumentVersion<TModel>> Versions => _versions;

    /// <inheritdoc/>
    public override bool Supports(int version) => Array.IndexOf(_numbers, version) >= 0;

    /// <summary>Gets the reader and writer of a version.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The version is not supported.</exception>
    public DocumentVersion<TModel> Version(int number)
    {
        var i = Array.IndexOf(_numbers, number);
        return i >= 0 ? _versions[i] : throw new ArgumentOutOfRangeException(nameof(number), number, "Unsupported format version.");
    }

    /// <inheritdoc/>
    public override Type ShapeTypeOf(int version) => Version(version).ShapeType;
}
