using System.Collections.Generic;
using System.Globalization;

namespace IntegrationConcept.Rendering.Content;

/// <summary>Collects the blocks of a report content in order, in one language.</summary>
internal sealed class ContentWriter(CultureInfo culture)
{
    public ContentFormat Format { get; } = new(culture);

    public List<ContentBlock> Blocks { get; } = [];

    public void Heading(int level, string text, string anchor) => Blocks.Add(new HeadingBlock(level, text, anchor));

    public void Paragraph(string text, bool isLead = false) => Blocks.Add(new ParagraphBlock(text, isLead));

    public void List(IEnumerable<string> items) => Blocks.Add(new ListBlock(items));

    public void Table(string caption, string[] header, List<TableRow> rows) => Blocks.Add(new TableBlock(caption, header, rows));

    public void Figure(string title, string description, Chart chart) => Blocks.Add(new FigureBlock(title, description, chart));

    public static TableCell Cell(string text, ContentTone tone = ContentTone.None) => new(text, tone);

    public static TableRow Row(params TableCell[] cells) => new(cells);

    public static TableRow TotalRow(params TableCell[] cells) => new(cells, isTotal: true);

    /// <summary>A unique anchor for the n-th (0-based) section of a kind, such as <c>feld-1</c>.</summary>
    public static string Anchor(string prefix, int index) => prefix + "-" + (index + 1).ToString(CultureInfo.InvariantCulture);
}
