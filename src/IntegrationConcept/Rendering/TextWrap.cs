using System.Text;

namespace IntegrationConcept.Rendering;

/// <summary>Breaks text into lines of at most a given width at spaces (a no-break space never breaks); a word longer than a line stands alone.</summary>
internal static class TextWrap
{
    /// <summary>Appends <paramref name="text"/> wrapped to <paramref name="width"/> columns, the first line after <paramref name="first"/>, the others after <paramref name="rest"/>.</summary>
    public static void Append(StringBuilder output, string text, int width, string first, string rest)
    {
        var line = new StringBuilder(first);
        var empty = true;
        foreach (var whole in text.Split(' ', System.StringSplitOptions.RemoveEmptyEntries))
        {
            // A word longer than a line (a long path) is cut, so that no line is ever wider than the width.
            var word = whole;
            var room = System.Math.Max(1, width - rest.Length);
            while (word.Length > room)
            {
                if (!empty)
                {
                    output.Append(line.ToString().TrimEnd()).Append('\n');
                    line.Clear().Append(rest);
                }

                var take = System.Math.Max(1, width - line.Length);
                output.Append(line).Append(word, 0, take).Append('\n');
                line.Clear().Append(rest);
                word = word[take..];
                empty = true;
            }

            if (!empty && line.Length + 1 + word.Length > width)
            {
                output.Append(line).Append('\n');
                line.Clear().Append(rest);
                empty = true;
            }

            if (!empty)
            {
                line.Append(' ');
            }

            line.Append(word);
            empty = false;
        }

        output.Append(line.ToString().TrimEnd()).Append('\n');
    }
}
