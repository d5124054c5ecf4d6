using System;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Rendering.Content;

/// <summary>A paragraph of plain text.</summary>
public sealed class ParagraphBlock : ContentBlock
{
    /// <summary>Creates a paragraph.</summary>
    /// <param name="text">The text.</param>
    /// <param name="isLead">Whether the paragraph is the lead of its section (set off, as the key statement).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public ParagraphBlock(string text, bool isLead = false)
    {
        Text = Guard.NotNull(text);
        IsLead = isLead;
    }

    /// <summary>Gets the text.</summary>
    public string Text { get; }

    /// <summary>Gets whether the paragraph is the lead of its section.</summary>
    /// <value>Default: <see langword="false"/>.</value>
    public bool IsLead { get; }
}
