using System;
using System.Text.Json;
using IntegrationConcept.Model.Validation;

namespace IntegrationConcept.Documents.Json.Direct;

/// <summary>
/// A format version read by a direct reader (one <see cref="Utf8JsonReader"/> pass into the model) with the version's
/// DTO reader behind it: a document the direct reader gives up on (see <see cref="DirectReader"/>) is read again by
/// the DTO reader, which reads it or reports the problem exactly as it always has. Writing, the shape (schema) and
/// the JSON paths of model problems are the DTO version's.
/// </summary>
/// <typeparam name="TModel">The model type.</typeparam>
internal sealed class DirectFirstVersion<TModel> : DocumentVersion<TModel>
    where TModel : class
{
    private readonly DocumentVersion<TModel> _dtoVersion;
    private readonly TryReadDirect _direct;

    /// <summary>Creates the version over the DTO version of the same number.</summary>
    /// <param name="dtoVersion">The DTO version: the reader of last resort, the writer and the shape.</param>
    /// <param name="direct">The direct reader; null from it hands the document to the DTO version.</param>
    public DirectFirstVersion(DocumentVersion<TModel> dtoVersion, TryReadDirect direct)
        : base(dtoVersion.Number, dtoVersion.ShapeType)
    {
        _dtoVersion = dtoVersion;
        _direct = direct;
    }

    /// <summary>Reads a document directly, or returns null to hand it to the DTO reader.</summary>
    public delegate TModel? TryReadDirect(ReadOnlySpan<byte> utf8Json, bool allowUnknownMembers, int maxDepth);

    /// <summary>Gets the DTO version behind the direct reader.</summary>
    public DocumentVersion<TModel> DtoVersion => _dtoVersion;

    /// <inheritdoc/>
    public override TModel Read(DocumentFormat<TModel> format, ReadOnlySpan<byte> utf8Json, DocumentReadOptions options)
        => _direct(utf8Json, options.AllowUnknownMembers, options.MaxDepth) ?? _dtoVersion.Read(format, utf8Json, options);

    /// <inheritdoc/>
    public override void Write(DocumentFormat<TModel> format, Utf8JsonWriter writer, TModel model) => _dtoVersion.Write(format, writer, model);

    /// <inheritdoc/>
    public override string PathOf(ModelProblem problem) => _dtoVersion.PathOf(problem);
}
