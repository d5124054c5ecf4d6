using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using IntegrationConcept.Documents.Json.Texts;
using IntegrationConcept.Internal;
using IntegrationConcept.Localization;
using IntegrationConcept.Model.Validation;

namespace IntegrationConcept.Documents.Json;

/// <summary>Turns every way a document can fail into a <see cref="DocumentFormatException"/> with a message a planner can act on.</summary>
internal static class JsonErrors
{
    /// <summary>Describes a token for a message: "an object", "a number", ...</summary>
    public static LocalizedText Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => SyntaxTexts.AnObject,
        JsonTokenType.StartArray => SyntaxTexts.AnArray,
        JsonTokenType.String => SyntaxTexts.AString,
        JsonTokenType.Number => SyntaxTexts.ANumber,
        JsonTokenType.True or JsonTokenType.False => SyntaxTexts.TrueOrFalse,
        JsonTokenType.Null => SyntaxTexts.Null,
        _ => TextFormat.Verbatim(token.ToString()),
    };

    /// <summary>A problem at a path found without reading position (the header, the mapping, the model).</summary>
    public static DocumentFormatException At(DocumentFormat format, string path, LocalizedText reason, Exception? inner = null)
        => Create(format, path, null, null, reason, inner);

    /// <summary>A problem at a known line and byte position (both counted from 0).</summary>
    public static DocumentFormatException AtPosition(DocumentFormat format, string path, long line, long position, LocalizedText reason)
        => Create(format, path, line, position, reason, null);

    /// <summary>A document larger than the limit.</summary>
    public static DocumentFormatException TooLarge(DocumentFormat format, long limit, long? actual)
    {
        var size = actual is { } a ? ReadingTexts.Bytes.Format(a) : ReadingTexts.MoreThanThat;
        return At(format, "$", ReadingTexts.TooLarge.Format(limit, size));
    }

    /// <summary>An unsupported format version.</summary>
    public static DocumentFormatException UnsupportedVersion(DocumentFormat format, string found, long? line, long? position)
    {
        found = Quote.Prefix(found, 40);

        // "1.0" or "1e0" mean a supported version written as a decimal: say how to write it.
        if (decimal.TryParse(found, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number) && number is >= int.MinValue and <= int.MaxValue && format.Supports((int)number))
        {
            return Create(format, "$.formatVersion", line, position, ReadingTexts.VersionWholeNumber.Format((int)number, found), null);
        }

        return Create(format, "$.formatVersion", line, position, ReadingTexts.VersionUnsupported.Format(found, string.Join(", ", format.SupportedVersions)), null);
    }

    /// <summary>The model's rules are broken: every problem, each at its path.</summary>
    /// <param name="format">The document's format.</param>
    /// <param name="ex">The model's problems.</param>
    /// <param name="pathOf">Places a problem in the document: the version's JSON names.</param>
    public static DocumentFormatException FromModel(DocumentFormat format, ModelValidationException ex, Func<ModelProblem, string> pathOf)
    {
        var paths = new string[ex.Problems.Count];
        for (var i = 0; i < paths.Length; i++)
        {
            paths[i] = pathOf(ex.Problems[i]);
        }

        return FromModel(format, ex, paths, Language.English);
    }

    /// <summary>An error of the JSON text or of its shape, found while reading.</summary>
    /// <param name="format">The document's format.</param>
    /// <param name="ex">The error.</param>
    /// <param name="options">The options the document was read with, to say what value was expected; <see langword="null"/> for the header probe.</param>
    /// <param name="shape">The type whose contract the version being read follows; <see langword="null"/> for the current version's.</param>
    public static DocumentFormatException FromJson(DocumentFormat format, JsonException ex, JsonSerializerOptions? options = null, Type? shape = null)
    {
        var path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
        return Create(format, path, ex.LineNumber, ex.BytePositionInLine, JsonReasons.Reason(shape ?? format.DtoType, ex, path, options), ex);
    }

    private static DocumentFormatException FromModel(DocumentFormat format, ModelValidationException ex, string[] paths, Language language)
    {
        var problems = new List<DocumentProblem>(paths.Length);
        for (var i = 0; i < paths.Length; i++)
        {
            problems.Add(new DocumentProblem(paths[i], ex.Problems[i].Text.ToLocalized().Prefix(Quote.MaxReasonLength).Get(language)));
        }

        var name = ReadingTexts.Name(format);
        var text = new StringBuilder();
        text.Append((problems.Count == 1 ? ReadingTexts.HasOneProblem.Format(name) : ReadingTexts.HasProblems.Format(name, problems.Count)).Get(language));
        for (var i = 0; i < problems.Count && i < 100; i++)
        {
            text.Append("\n  - ").Append(problems[i].Path).Append(": ").Append(problems[i].Message);
        }

        if (problems.Count > 100)
        {
            text.Append(ReadingTexts.AndMore.Format(problems.Count - 100).Get(language));
        }

        var path = problems.Count > 0 ? problems[0].Path : "$";
        return new DocumentFormatException(format.Kind, text.ToString(), path, null, null, problems, ex, other => FromModel(format, ex, paths, other));
    }

    private static DocumentFormatException Create(DocumentFormat format, string path, long? line, long? position, LocalizedText reason, Exception? inner)
    {
        reason = reason.Prefix(Quote.MaxReasonLength);
        path = Quote.Prefix(path, Quote.MaxQuotedLength);
        return Create(format, path, line, position, reason, inner, Language.English);
    }

    private static DocumentFormatException Create(DocumentFormat format, string path, long? line, long? position, LocalizedText reason, Exception? inner, Language language)
    {
        var where = line is { } l ? ReadingTexts.AtLine.Format(path, Verbatim(l + 1), Verbatim((position ?? 0) + 1)) : TextFormat.Verbatim(path);
        var message = ReadingTexts.CannotRead.Format(ReadingTexts.Name(format), where, reason).Get(language);
        var said = reason.Get(language);
        return new DocumentFormatException(
            format.Kind, message, path, line, position, [new DocumentProblem(path, said)], inner, other => Create(format, path, line, position, reason, inner, other));
    }

    // A number as the message shows it today: digits only, whatever the language.
    private static string Verbatim(long value) => value.ToString(CultureInfo.InvariantCulture);
}
