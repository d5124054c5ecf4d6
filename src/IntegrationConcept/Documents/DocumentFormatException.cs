using System;
using System.Collections.Generic;
using System.Text.Json;
using IntegrationConcept.Localization;
using IntegrationConcept.Model;

namespace IntegrationConcept.Documents;

/// <summary>
/// The one exception <see cref="DocumentSerializer"/> throws for a document it cannot read: not JSON, truncated, a
/// value of the wrong type, a missing or unknown member, an unsupported <c>formatVersion</c>, an invalid date, a
/// duplicate property, nesting deeper or a document larger than <see cref="DocumentReadOptions"/> allow, or a model
/// that breaks the model's rules (a duplicate id, a reference to nothing, an end before a start, ...).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="JsonException.Path"/> names the offending value (such as <c>$.goals[3].text</c>);
/// <see cref="JsonException.LineNumber"/> and <see cref="JsonException.BytePositionInLine"/> are zero-based like
/// those of <see cref="JsonException"/> and are set when the problem was found while reading the text (not for
/// problems of the model, which are found after the text has been read). The <see cref="Exception.Message"/>
/// gives one-based line and position, as editors show them.
/// </para>
/// <para>
/// <see cref="Problems"/> lists every problem found: the model's rules are checked all at once, so a document with
/// three broken references lists three problems; a syntax error is always a single problem.
/// </para>
/// <para>
/// The messages are in English unless the document was read with <see cref="DocumentReadOptions.WithCulture"/> set to
/// a German culture (such as <see cref="MessageCulture.German"/>); the paths, lines and positions are the same in both.
/// </para>
/// </remarks>
public sealed class DocumentFormatException : JsonException
{
    internal DocumentFormatException(
        DocumentKind documentKind,
        string message,
        string path,
        long? lineNumber,
        long? bytePositionInLine,
        IEnumerable<DocumentProblem> problems,
        Exception? innerException = null,
        Func<Language, DocumentFormatException>? translate = null)
        : base(message, path, lineNumber, bytePositionInLine, innerException)
    {
        DocumentKind = documentKind;
        Problems = new ValueList<DocumentProblem>(problems);
        _translate = translate;
    }

    // Makes the same exception in another language; null when the messages are the same in every language.
    private readonly Func<Language, DocumentFormatException>? _translate;

    // The same problems said in another language (the English exception is the one made first).
    internal DocumentFormatException In(Language language)
        => language == Language.English || _translate is null ? this : _translate(language);

    /// <summary>Gets the kind of document that was being read.</summary>
    public DocumentKind DocumentKind { get; }

    /// <summary>Gets every problem found, each with its JSON path and message; never empty.</summary>
    public ValueList<DocumentProblem> Problems { get; }
}
