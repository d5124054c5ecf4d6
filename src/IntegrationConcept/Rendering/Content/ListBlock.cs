using System;
using System.Collections.Generic;
using IntegrationConcept.Model;

namespace IntegrationConcept.Rendering.Content;

/// <summary>A bulleted list of plain-text items.</summary>
public sealed class ListBlock : ContentBlock
{
    /// <summary>Creates a list.</summary>
    /// <param name="items">The items, in order.</param>
    /// <exception cref="ArgumentException">An item is <see langword="null"/>.</exception>
    public ListBlock(IEnumerable<string>? items)
    {
        Items = items.ToValueList();
    }

    /// <summary>Gets the items.</summary>
    public ValueList<string> Items { get; }
}
