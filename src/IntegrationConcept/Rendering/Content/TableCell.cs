using System;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Rendering.Content;

/// <summary>One cell of a <see cref="TableRow"/>: plain text (a line break is <c>\n</c>) and an optional status.</summary>
public sealed class TableCell
{
    /// <summary>Creates a cell.</summary>
    /// <param name="text">The text; <c>\n</c> separates lines.</param>
    /// <param name="tone">The status the text states, for formats that mark it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public TableCell(string text, ContentTone tone = ContentTone.None)
    {
        Text = Guard.NotNull(text);
        Tone = tone;
    }

    /// <summary>Gets the text; <c>\n</c> separates lines.</summary>
    public string Text { get; }

    /// <summary>Gets the status the text states.</summary>
    /// <value>Default: <see cref="ContentTone.None"/>.</value>
    public ContentTone Tone { get; }
}
