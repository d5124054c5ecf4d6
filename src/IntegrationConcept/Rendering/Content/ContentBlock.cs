namespace IntegrationConcept.Rendering.Content;

/// <summary>
/// One block of a <see cref="ReportContent"/>: a heading, a paragraph, a list, a table or a figure. Every output
/// format (HTML, Word, text, Markdown) writes the same blocks in the same order.
/// </summary>
public abstract class ContentBlock
{
    // Only the library defines block kinds, so that every format knows every block.
    private protected ContentBlock()
    {
    }
}
