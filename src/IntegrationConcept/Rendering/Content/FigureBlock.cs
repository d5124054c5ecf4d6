using IntegrationConcept.Internal;

namespace IntegrationConcept.Rendering.Content;

/// <summary>
/// A chart: a title and a text alternative that says what the chart shows. The HTML report draws the chart itself
/// as inline SVG; formats without charts write the title and the text alternative.
/// </summary>
public sealed class FigureBlock : ContentBlock
{
    internal FigureBlock(string title, string description, Chart chart)
    {
        Title = Guard.NotNull(title);
        Description = Guard.NotNull(description);
        Chart = Guard.NotNull(chart);
    }

    /// <summary>Gets the chart's title.</summary>
    public string Title { get; }

    /// <summary>Gets the text alternative: what the chart shows, in words and numbers.</summary>
    public string Description { get; }

    // The data the chart is drawn from; internal, so that the drawing can change without an API change.
    internal Chart Chart { get; }
}
