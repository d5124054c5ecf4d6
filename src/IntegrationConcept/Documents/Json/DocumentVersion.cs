using System;
using System.Text.Json;
using IntegrationConcept.Model.Validation;

namespace IntegrationConcept.Documents.Json;

/// <summary>
/// The seam between the document pipeline and one format version of one kind of document: how that version is read
/// into the model, written from it, and how a model problem is placed in it as a JSON path.
/// </summary>
/// <remarks>
/// <see cref="DtoDocumentVersion{TDto, TModel}"/> reads through a source-generated DTO set. A version may instead read
/// with its own <see cref="Utf8JsonReader"/> pass straight into the model: subclass this type, keep
/// <see cref="ShapeType"/> as the DTO type the schema is generated from, and register it in place of the DTO version in
/// <see cref="DocumentFormats"/>. The pipeline (size limit, byte order mark, header probe, version dispatch) is the same for both.
/// </remarks>
/// <typeparam name="TModel">The model type.</typeparam>
internal abstract class DocumentVersion<TModel>
    where TModel : class
{
    protected DocumentVersion(int number, Type shapeType)
    {
        Number = number;
        ShapeType = shapeType;
    }

    /// <summary>Gets the version number, the document's <c>formatVersion</c>.</summary>
    public int Number { get; }

    /// <summary>Gets the type whose JSON contract is this version's shape: the schema is generated from it and messages name its expected values.</summary>
    public Type ShapeType { get; }

    /// <summary>
    /// Reads a whole document of this version (the byte order mark is already skipped and the header probed) into the
    /// model, checked by the model's rules.
    /// </summary>
    /// <exception cref="DocumentFormatException">The document cannot be read; it says where and why.</exception>
    public abstract TModel Read(DocumentFormat<TModel> format, ReadOnlySpan<byte> utf8Json, DocumentReadOptions options);

    /// <summary>Writes the model as a document of this version, with <c>$schema</c> and <c>formatVersion</c> first.</summary>
    public abstract void Write(DocumentFormat<TModel> format, Utf8JsonWriter writer, TModel model);

    /// <summary>Gets the JSON path of a model problem in a document of this version, such as <c>$.goals[3].text</c>.</summary>
    public abstract string PathOf(ModelProblem problem);
}
