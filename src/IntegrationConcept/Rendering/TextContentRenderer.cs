using System;
using System.IO;
using System.Text;
using IntegrationConcept.Internal;
using IntegrationConcept.Rendering.Content;

namespace IntegrationConcept.Rendering;

/// <summary>A <see cref="ContentRenderer"/> whose output is text: it renders to a string, and writes that as UTF-8 without a byte order mark.</summary>
public abstract class TextContentRenderer : ContentRenderer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Initializes a renderer whose output is text.</summary>
    protected TextContentRenderer()
    {
    }

    /// <inheritdoc/>
    /// <value>Always <see langword="true"/>.</value>
    public sealed override bool IsText => true;

    /// <summary>Renders the content as text; lines end with <c>\n</c>.</summary>
    /// <param name="content">The content.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is <see langword="null"/>.</exception>
    public abstract string RenderToString(ReportContent content);

    /// <summary>Renders a report or matrix as text.</summary>
    /// <param name="input">What to render.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    public string RenderToString(ReportInput input) => RenderToString(Guard.NotNull(input).ToContent());

    /// <inheritdoc/>
    public sealed override void Write(ReportContent content, Stream output)
    {
        Guard.NotNull(content);
        Guard.NotNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The stream cannot be written.", nameof(output));
        }

        output.Write(Utf8.GetBytes(RenderToString(content)));
    }
}
