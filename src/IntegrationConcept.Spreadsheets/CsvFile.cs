using System;
using System.IO;

namespace IntegrationConcept.Spreadsheets;

/// <summary>One CSV file of an import: which kind of element it holds, its name (for problem messages) and its content.</summary>
public sealed class CsvFile
{
    /// <summary>Names a CSV file.</summary>
    /// <param name="kind">The kind of element its rows are.</param>
    /// <param name="fileName">The name used in problem messages.</param>
    /// <param name="content">
    /// The content; separator ';', ',' or tab, detected from the header. UTF-8 with or without byte order mark; a file
    /// that is not valid UTF-8 is read as Windows-1252, the code page of German Excel's "CSV (Trennzeichen-getrennt)",
    /// and one that is neither (UTF-16, a NUL byte, a byte Windows-1252 leaves undefined) is refused with
    /// <see cref="SpreadsheetProblemCode.UnreadableText"/>.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="fileName"/> or <paramref name="content"/> is <see langword="null"/>.</exception>
    public CsvFile(SheetKind kind, string fileName, Stream content)
    {
        Kind = kind;
        FileName = fileName ?? throw new ArgumentNullException(nameof(fileName));
        Content = content ?? throw new ArgumentNullException(nameof(content));
    }

    /// <summary>Gets the kind of element its rows are.</summary>
    public SheetKind Kind { get; }

    /// <summary>Gets the name used in problem messages.</summary>
    public string FileName { get; }

    /// <summary>Gets the content.</summary>
    public Stream Content { get; }
}
