using System;
using System.Collections.Generic;
using System.IO;
using IntegrationConcept.Documents;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Cli.Input;

/// <summary>A document read from a file: the path as given, the bytes (for line numbers) and the model.</summary>
internal sealed record LoadedDocument<T>(string Path, byte[] Bytes, T Value);

/// <summary>Reads the files a command names, collecting every problem of every file rather than stopping at the first.</summary>
internal sealed class DocumentLoader
{
    private readonly ToolConsole _console;
    private readonly LanguageTable _language;
    private readonly Progress _progress;

    public DocumentLoader(ToolConsole console, LanguageTable language, int fileCount)
    {
        _console = console;
        _language = language;
        _progress = new Progress(console, fileCount);
        ReadOptions = DocumentReadOptions.Default.WithCulture(language.Culture);
    }

    /// <summary>Gets the options every file is read with: the library's defaults, with its errors in the tool's language.</summary>
    public DocumentReadOptions ReadOptions { get; }

    /// <summary>Gets the problems found so far, in the order the files were named.</summary>
    public List<Diagnostic> Problems { get; } = [];

    /// <summary>Reads and parses one file; on a problem records it and returns <see langword="null"/>.</summary>
    public LoadedDocument<T>? Load<T>(string path, Func<byte[], T> read)
        where T : class
    {
        var bytes = ReadBytes(path);
        return bytes is null ? null : Parse(path, bytes, read);
    }

    /// <summary>Parses a file's bytes; on a problem records it and returns <see langword="null"/>.</summary>
    public LoadedDocument<T>? Parse<T>(string path, byte[] bytes, Func<byte[], T> read)
        where T : class
    {
        try
        {
            return new LoadedDocument<T>(path, bytes, read(bytes));
        }
        catch (DocumentFormatException ex)
        {
            Problems.AddRange(DocumentDiagnostics.From(path, bytes, ex, _language));
            return null;
        }
    }

    /// <summary>Reads a file's bytes; on a problem records it and returns <see langword="null"/>.</summary>
    public byte[]? ReadBytes(string path)
    {
        _progress.Next(path);
        try
        {
            return File.ReadAllBytes(_console.FullPath(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            var what = ex is FileNotFoundException or DirectoryNotFoundException
                ? _language.Text(ToolTexts.FileNotFound)
                : _language.Text(ToolTexts.FileUnreadable) + " " + ex.Message;
            Problems.Add(new Diagnostic(path, null, ProblemCodes.Unreadable, what));
            return null;
        }
    }

    /// <summary>Ends the progress line, if one was shown.</summary>
    public void Done() => _progress.Done();

    /// <summary>Writes every problem to standard error and returns <see cref="ExitCodes.InvalidInput"/>, or <see cref="ExitCodes.Clean"/> when there are none.</summary>
    public int ReportProblems()
    {
        Done();
        foreach (var problem in Problems)
        {
            _console.Error.WriteLine(problem.ToString());
        }

        return Problems.Count == 0 ? ExitCodes.Clean : ExitCodes.InvalidInput;
    }
}
