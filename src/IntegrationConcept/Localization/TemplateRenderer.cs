using System.Globalization;
using System.Text;
using IntegrationConcept.Model;

namespace IntegrationConcept.Localization;

/// <summary>Fills <c>{n}</c> placeholders; never throws on a malformed template (an unknown placeholder stays as written).</summary>
internal static class TemplateRenderer
{
    public static string Render(string template, ValueList<MessageArgument> arguments, CultureInfo culture)
    {
        var text = new StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '{' && i + 1 < template.Length && template[i + 1] == '{')
            {
                text.Append('{');
                i++;
            }
            else if (c == '}' && i + 1 < template.Length && template[i + 1] == '}')
            {
                text.Append('}');
                i++;
            }
            else if (c == '{' && TryReadIndex(template, i, out var index, out var end) && index < arguments.Count)
            {
                text.Append(arguments[index].Format(culture));
                i = end;
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Counts the placeholders that <see cref="Render"/> would fill and the length of the text it would give, without
    /// building it: each argument is formatted at most once, so the cost is linear in the template and the arguments.
    /// </summary>
    public static long MeasureRendered(string template, ValueList<MessageArgument> arguments, CultureInfo culture, out int placeholders)
    {
        placeholders = 0;
        long length = 0;
        int[]? lengths = null;
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                length++;
                i++;
            }
            else if (c == '{' && TryReadIndex(template, i, out var index, out var end) && index < arguments.Count)
            {
                lengths ??= new int[arguments.Count];
                if (lengths[index] == 0)
                {
                    // Stored plus one, so that an empty argument is measured once too.
                    lengths[index] = arguments[index].Format(culture).Length + 1;
                }

                length += lengths[index] - 1;
                placeholders++;
                i = end;
            }
            else
            {
                length++;
            }
        }

        return length;
    }

    private static bool TryReadIndex(string template, int open, out int index, out int end)
    {
        index = 0;
        end = open + 1;
        var digits = 0;
        while (end < template.Length && char.IsAsciiDigit(template[end]) && digits < 4)
        {
            index = (index * 10) + (template[end] - '0');
            end++;
            digits++;
        }

        return digits > 0 && end < template.Length && template[end] == '}';
    }
}
