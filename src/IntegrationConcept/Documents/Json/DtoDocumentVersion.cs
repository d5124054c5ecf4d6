using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IntegrationConcept.Documents.Json.V1;
using IntegrationConcept.Model.Validation;
using IntegrationConcept.Documents.Json.Texts;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents.Json;

/// <summary>
/// A format version read and written through its own DTO set: one source-generated pass into the DTO, a header
/// check, and a mapping to the model (and back for writing).
/// </summary>
/// <typeparam name="TDto">The version's document DTO.</typeparam>
/// <typeparam name="TModel">The model type.</typeparam>
internal sealed class DtoDocumentVersion<TDto, TModel> : DocumentVersion<TModel>
    where TDto : DocumentDto
    where TModel : class
{
    private readonly Func<TDto, TModel> _toModel;
    private readonly Func<TModel, TDto> _toDto;
    private readonly Func<ModelProblem, string> _pathOf;

    /// <summary>Creates the version.</summary>
    /// <param name="number">The version number.</param>
    /// <param name="toModel">Maps a DTO to the model; throws <see cref="MappingException"/> or the model's exceptions.</param>
    /// <param name="toDto">Maps the model to a DTO; <c>$schema</c> and <c>formatVersion</c> are set by the writer.</param>
    /// <param name="pathOf">Places a model problem in a document of this version.</param>
    public DtoDocumentVersion(int number, Func<TDto, TModel> toModel, Func<TModel, TDto> toDto, Func<ModelProblem, string> pathOf)
        : base(number, typeof(TDto))
    {
        _toModel = toModel;
        _toDto = toDto;
        _pathOf = pathOf;
    }

    /// <summary>Gets the same version with another mapping to the model (such as one that knows custom rules).</summary>
    public DtoDocumentVersion<TDto, TModel> WithToModel(Func<TDto, TModel> toModel) => new(Number, toModel, _toDto, _pathOf);

    /// <inheritdoc/>
    public override TModel Read(DocumentFormat<TModel> format, ReadOnlySpan<byte> utf8Json, DocumentReadOptions options)
    {
        TDto? dto;
        var pool = IdPool.Enter(utf8Json.Length);
        try
        {
            dto = JsonSerializer.Deserialize(utf8Json, TypeInfo(options.SerializerOptions));
        }
        catch (JsonException ex)
        {
            throw JsonErrors.FromJson(format, ex, options.SerializerOptions, ShapeType);
        }
        catch (NotSupportedException ex)
        {
            throw JsonErrors.At(format, "$", ReadingTexts.UnsupportedShape.Format(ex.Message), ex);
        }
        finally
        {
            IdPool.Exit(pool);
        }

        if (dto is null)
        {
            throw JsonErrors.At(format, "$", ReadingTexts.NotObjectButNull.Format(ReadingTexts.Name(format)));
        }

        DocumentHeader.Check(format, dto);
        try
        {
            return _toModel(dto);
        }
        catch (ModelValidationException ex)
        {
            throw JsonErrors.FromModel(format, ex, _pathOf);
        }
        catch (MappingException ex)
        {
            throw JsonErrors.At(format, ex.Path, ex.Text, ex);
        }
        catch (ArgumentException ex)
        {
            // A model constructor refused a value the mapper did not foresee: still a format error, never a crash.
            throw JsonErrors.At(format, "$", ReadingTexts.ModelRefused.Format(ex.Message), ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(DocumentFormat<TModel> format, Utf8JsonWriter writer, TModel model)
    {
        var dto = _toDto(model);
        dto.Schema = format.SchemaUrlOf(Number);
        dto.FormatVersion = Number;
        JsonSerializer.Serialize(writer, dto, TypeInfo(DocumentJsonOptions.Write));
    }

    /// <inheritdoc/>
    public override string PathOf(ModelProblem problem) => _pathOf(problem);

    private static JsonTypeInfo<TDto> TypeInfo(JsonSerializerOptions options) => (JsonTypeInfo<TDto>)options.GetTypeInfo(typeof(TDto));
}
