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
