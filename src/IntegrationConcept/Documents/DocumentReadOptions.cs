using System;
using System.Globalization;
using System.Text.Json;
using IntegrationConcept.Documents.Json;
using IntegrationConcept.Localization;

namespace IntegrationConcept.Documents;

/// <summary>How strictly <see cref="DocumentSerializer"/> reads a document. Immutable; change it with the <c>With*</c> methods.</summary>
/// <example>
/// <code>
/// var options = DocumentReadOptions.Default.WithMaxDocumentBytes(64 * 1024 * 1024);
/// var plan = DocumentSerializer.ReadDistrictPlan(stream, options);
///
/// // Reading errors in German, as the German reports are:
/// var german = DocumentReadOptions.Default.WithCulture(MessageCulture.German);
/// </code>
/// </example>
public sealed class DocumentReadOptions
{
    /// <summary>The default for <see cref="MaxDepth"/>: 64.</summary>
    public const int DefaultMaxDepth = 64;

    /// <summary>The default for <see cref="MaxDocumentBytes"/>: 16 MiB.</summary>
    public const long DefaultMaxDocumentBytes = 16L * 1024 * 1024;

    /// <summary>
    /// The most placeholders (<c>{0}</c>, <c>{1}</c>, …) one message template of a coverage report document may hold: 100.
    /// The library's own templates hold at most a handful; a document with more is refused at the template's path.
    /// </summary>
    public const int MaxTemplatePlaceholders = 100;

    /// <summary>
    /// How many times longer than its template and arguments together a message of a coverage report document may
    /// render: 4. A template that names each argument once renders to at most their total length; one that repeats
    /// an argument over and over (<c>"{0}{0}{0}…"</c>) is refused at its path before anything is rendered, so that
    /// reading and rendering a report cost at most a small multiple of the document's size.
    /// </summary>
    public const int MaxMessageExpansion = 4;

    // The largest buffer a document can be read into.
    private const long MaxBufferBytes = 0x7FFFFFC6;

    private JsonSerializerOptions? _serializerOptions;

    /// <summary>Creates read options.</summary>
    /// <param name="allowUnknownMembers">
    /// Whether members the format does not know are skipped; by default (<see langword="false"/>) they are an error,
    /// since a misspelt member name would otherwise drop data silently.
    /// </param>
    /// <param name="maxDepth">The deepest nesting of objects and arrays allowed; default 64.</param>
    /// <param name="maxDocumentBytes">The largest document allowed, in UTF-8 bytes; default 16 MiB. Checked before parsing; a stream is read no further than one byte past it.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDepth"/> or <paramref name="maxDocumentBytes"/> is less than 1, or <paramref name="maxDocumentBytes"/> is more than about 2 GiB.</exception>
    public DocumentReadOptions(bool allowUnknownMembers = false, int maxDepth = DefaultMaxDepth, long maxDocumentBytes = DefaultMaxDocumentBytes)
        : this(allowUnknownMembers, maxDepth, maxDocumentBytes, MessageCulture.English)
    {
    }

    private DocumentReadOptions(bool allowUnknownMembers, int maxDepth, long maxDocumentBytes, CultureInfo culture)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDepth, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDocumentBytes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDocumentBytes, MaxBufferBytes);
        AllowUnknownMembers = allowUnknownMembers;
        MaxDepth = maxDepth;
        MaxDocumentBytes = maxDocumentBytes;
        Culture = culture;
    }

    /// <summary>Gets the default options: unknown members are an error, depth 64, at most 16 MiB.</summary>
    public static DocumentReadOptions Default { get; } = new();

    /// <summary>Gets whether unknown members are skipped rather than an error.</summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool AllowUnknownMembers { get; }

    /// <summary>Gets the deepest nesting of objects and arrays allowed.</summary>
    /// <value>Default 64.</value>
    public int MaxDepth { get; }

    /// <summary>Gets the largest document allowed, in UTF-8 bytes.</summary>
    /// <value>Default 16 MiB (16,777,216 bytes).</value>
    public long MaxDocumentBytes { get; }

    /// <summary>
    /// Gets the culture whose language the messages of a <see cref="DocumentFormatException"/> are in, chosen as for
    /// the reports (<see cref="MessageCulture.LanguageOf(CultureInfo)"/>): German for a culture whose name starts with
    /// "de", English for every other. The place in the document (the JSON path, line and position) is the same in both.
    /// </summary>
    /// <value>Default <see cref="MessageCulture.English"/>.</value>
    public CultureInfo Culture { get; }

    // The language of the messages.
    internal Language Language => MessageCulture.LanguageOf(Culture);

    // The serializer options these read options stand for, made once per instance.
    internal JsonSerializerOptions SerializerOptions
        => _serializerOptions ??= DocumentJsonOptions.ForReading(AllowUnknownMembers, MaxDepth);

    /// <summary>Returns a copy that does or does not allow unknown members.</summary>
    /// <param name="allowUnknownMembers">Whether unknown members are skipped.</param>
    /// <returns>The new options.</returns>
    public DocumentReadOptions WithAllowUnknownMembers(bool allowUnknownMembers) => new(allowUnknownMembers, MaxDepth, MaxDocumentBytes, Culture);

    /// <summary>Returns a copy with another depth limit.</summary>
    /// <param name="maxDepth">The deepest nesting allowed; at least 1.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDepth"/> is less than 1.</exception>
    public DocumentReadOptions WithMaxDepth(int maxDepth) => new(AllowUnknownMembers, maxDepth, MaxDocumentBytes, Culture);

    /// <summary>Returns a copy with another size limit.</summary>
    /// <param name="maxDocumentBytes">The largest document allowed, in UTF-8 bytes; at least 1.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDocumentBytes"/> is less than 1 or more than about 2 GiB.</exception>
    public DocumentReadOptions WithMaxDocumentBytes(long maxDocumentBytes) => new(AllowUnknownMembers, MaxDepth, maxDocumentBytes, Culture);

    /// <summary>Returns a copy whose errors are said in the language of <paramref name="culture"/>.</summary>
    /// <param name="culture">The culture, such as <see cref="MessageCulture.German"/>; only its language is used.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is <see langword="null"/>.</exception>
    public DocumentReadOptions WithCulture(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return new(AllowUnknownMembers, MaxDepth, MaxDocumentBytes, culture);
    }
}
