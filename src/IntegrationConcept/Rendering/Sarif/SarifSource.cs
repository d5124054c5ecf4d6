using System;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Rendering.Sarif;

/// <summary>
/// A document file as a SARIF log points into it: its URI, and (when its text is given) where each element stands,
/// so that each result carries the line and column of its element's JSON object.
/// </summary>
/// <example>
/// <code>
/// var plan = new SarifSource("data/ehrang-quint-district-plan.json", File.ReadAllBytes(planPath));
/// </code>
/// </example>
public sealed class SarifSource
{
    /// <summary>Creates a source whose results carry a file and no line (the text is not at hand).</summary>
    /// <param name="uri">The file's URI: relative to <see cref="SarifSources.SourceRoot"/> (with '/' separators, such as <c>data/plan.json</c>) or absolute (<c>file:///…</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="uri"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="uri"/> is blank or not a well-formed URI reference (a space or other character that must be escaped, say).</exception>
    public SarifSource(string uri)
    {
        Guard.NotBlank(uri);
        if (!System.Uri.IsWellFormedUriString(uri, UriKind.RelativeOrAbsolute))
        {
            throw new ArgumentException($"'{uri}' is not a well-formed URI reference; escape spaces and other special characters (Uri.EscapeDataString).", nameof(uri));
        }

        Uri = uri;
    }

    /// <summary>Creates a source whose results carry the file and the line and column of their element.</summary>
    /// <param name="uri">The file's URI; see <see cref="SarifSource(string)"/>.</param>
    /// <param name="utf8Json">The file's content, the same bytes the document was read from.</param>
    /// <exception cref="ArgumentNullException"><paramref name="uri"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="uri"/> is blank or not a valid URI reference.</exception>
    public SarifSource(string uri, ReadOnlySpan<byte> utf8Json)
        : this(uri)
    {
        Map = JsonSourceMap.Create(utf8Json);
    }

    /// <summary>Gets the file's URI.</summary>
    public string Uri { get; }

    /// <summary>Gets where each element stands in the file, or <see langword="null"/> when the text was not given.</summary>
    public JsonSourceMap? Map { get; }

    /// <summary>Gets whether the URI is absolute (then it needs no <see cref="SarifSources.SourceRoot"/>).</summary>
    public bool IsAbsolute => System.Uri.TryCreate(Uri, UriKind.Absolute, out _);
}
