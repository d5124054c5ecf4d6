using System.Text;

namespace IntegrationConcept.Rendering.Changes;

/// <summary>Writes a <see cref="ChangeDocument"/> as plain text or Markdown; lines end with <c>\n</c>.</summary>
internal static class ChangeWriter
{
    public static string Text(ChangeDocument document)
    {
        var text = new StringBuilder();
        text.Append(document.Title).Append('\n').Append('=', document.Title.Length).Append('\n');
        foreach (var line in document.Lines)
        {
            text.Append(line).Append('\n');
        }

        foreach (var section in document.Sections)
        {
            text.Append('\n').Append(section.Heading).Append('\n');
            if (section.Header is { } header && section.Rows.Count > 0)
            {
                TextTable.Plain(text, header, section.Rows, "  ");
            }

            foreach (var bullet in section.Bullets)
            {
                text.Append("  - ").Append(bullet).Append('\n');
            }

            if (section.Rows.Count == 0 && section.Bullets.Count == 0 && section.Empty is { } empty)
            {
                text.Append("  ").Append(empty).Append('\n');
            }
        }

        return text.ToString();
    }

    public static string Markdown(ChangeDocument document)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(Escape(document.Title)).Append("\n\n");
        foreach (var line in document.Lines)
        {
            text.Append(Escape(line)).Append("  \n");
        }

        foreach (var section in document.Sections)
        {
            text.Append("\n## ").Append(Escape(section.Heading)).Append("\n\n");
            if (section.Header is { } header && section.Rows.Count > 0)
            {
                TextTable.Markdown(text, header, section.Rows);
                text.Append('\n');
            }

            foreach (var bullet in section.Bullets)
            {
                text.Append("- ").Append(Escape(bullet)).Append('\n');
            }

            if (section.Rows.Count == 0 && section.Bullets.Count == 0 && section.Empty is { } empty)
            {
                text.Append(Escape(empty)).Append('\n');
            }
        }

        return text.ToString();
    }

    // The Markdown report's escaping: Markdown's special characters get a backslash, line breaks become spaces.
    private static string Escape(string text) => MarkdownLayout.Escape(text);
}
