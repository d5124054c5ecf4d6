using System;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Rendering.Content;

/// <summary>A heading: level 1 is the document's title, level 2 a chapter, levels 3 and 4 sections within it.</summary>
public sealed class HeadingBlock : ContentBlock
{
    /// <summary>Creates a heading.</summary>
    /// <param name="level">The level, 1 to 4.</param>
    /// <param name="text">The text.</param>
    /// <param name="anchor">A stable id for links to the heading (letters, digits and hyphens), such as <c>auf-einen-blick</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="anchor"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not between 1 and 4.</exception>
    public HeadingBlock(int level, string text, string anchor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 4);
        Level = level;
        Text = Guard.NotNull(text);
        Anchor = Guard.NotNull(anchor);
    }

    /// <summary>Gets the level: 1 (title) to 4.</summary>
    public int Level { get; }

    /// <summary>Gets the text.</summary>
    public string Text { get; }

    /// <summary>Gets the stable id for links to the heading.</summary>
    public string Anchor { get; }
}
