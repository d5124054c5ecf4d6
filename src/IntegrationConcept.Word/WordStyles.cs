using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace IntegrationConcept.Word;

/// <summary>The document's styles: Normal, Title, Heading 1–4 (Word's built-in names, so navigation and accessibility tools know them), Caption, List Paragraph and a table grid.</summary>
internal static class WordStyles
{
    public const string Title = "Title";
    public const string Caption = "Caption";
    public const string ListParagraph = "ListParagraph";
    public const string TableGrid = "TableGrid";

    public static string Heading(int level) => "Heading" + level.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static void Add(MainDocumentPart main, string languageTag)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                    new FontSize { Val = "21" },
                    new Languages { Val = languageTag })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Paragraph(Title, "Title", 0, "36", "1F4E79"));
        for (var level = 1; level <= 4; level++)
        {
            styles.Append(Paragraph(Heading(level), "heading " + level.ToString(System.Globalization.CultureInfo.InvariantCulture), level, level switch { 1 => "30", 2 => "26", 3 => "23", _ => "21" }, "1F4E79"));
        }

        styles.Append(new Style(
                new StyleName { Val = "caption" },
                new BasedOn { Val = "Normal" },
                new PrimaryStyle(),
                new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "160", After = "60" }),
                new StyleRunProperties(new Bold(), new FontSize { Val = "19" }))
        { Type = StyleValues.Paragraph, StyleId = Caption });
        styles.Append(new Style(
                new StyleName { Val = "List Paragraph" },
                new BasedOn { Val = "Normal" },
                new PrimaryStyle(),
                new StyleParagraphProperties(new SpacingBetweenLines { After = "60" }, new Indentation { Left = "720" }))
        { Type = StyleValues.Paragraph, StyleId = ListParagraph });
        styles.Append(new Style(
                new StyleName { Val = "Table Grid" },
                new PrimaryStyle(),
                new StyleRunProperties(new FontSize { Val = "18" }),
                new StyleTableProperties(new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4U, Color = "A6A6A6" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4U, Color = "A6A6A6" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4U, Color = "A6A6A6" },
                    new RightBorder { Val = BorderValues.Single, Size = 4U, Color = "A6A6A6" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Color = "A6A6A6" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Color = "A6A6A6" })))
        { Type = StyleValues.Table, StyleId = TableGrid });
        part.Styles = styles;
    }

    // A paragraph style; an outline level for headings (0-based in Word: Heading 1 is level 0).
    private static Style Paragraph(string id, string name, int headingLevel, string size, string colour)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = headingLevel == 0 ? "0" : "280", After = "120" });
        if (headingLevel > 0)
        {
            paragraph.Append(new OutlineLevel { Val = headingLevel - 1 });
        }

        return new Style(
                new StyleName { Val = name },
                new BasedOn { Val = "Normal" },
                new NextParagraphStyle { Val = "Normal" },
                new PrimaryStyle(),
                paragraph,
                new StyleRunProperties(new Bold(), new Color { Val = colour }, new FontSize { Val = size }))
        { Type = StyleValues.Paragraph, StyleId = id };
    }
}
