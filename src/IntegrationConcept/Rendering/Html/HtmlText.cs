using System.Text;

namespace IntegrationConcept.Rendering.Html;

/// <summary>Writes text from the documents into HTML and SVG so that it stays text: every markup character escaped.</summary>
internal static class HtmlText
{
    /// <summary>Appends text escaped for element content and attribute values (both quote kinds escaped).</summary>
    public static StringBuilder AppendEscaped(this StringBuilder html, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': html.Append("&amp;"); break;
                case '<': html.Append("&lt;"); break;
                case '>': html.Append("&gt;"); break;
                case '"': html.Append("&quot;"); break;
                case '\'': html.Append("&#39;"); break;
                case '\0': html.Append('\uFFFD'); break;
                default:
                    // Control characters other than tab and line breaks are not allowed in HTML text.
                    html.Append(char.IsControl(c) && c is not ('\t' or '\n' or '\r') ? ' ' : c);
                    break;
            }
        }

        return html;
    }

    /// <summary>Appends text escaped, with <c>\n</c> as a line break.</summary>
    public static StringBuilder AppendLines(this StringBuilder html, string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (start > 0)
                {
                    html.Append("<br>");
                }

                html.AppendEscaped(text[start..i]);
                start = i + 1;
            }
        }

        return html;
    }
}
