using System.Text;

namespace IntegrationConcept.Spreadsheets.Reading;

/// <summary>Converts between column indexes (0 = A) and letters, and parses cell references such as "AB12".</summary>
internal static class ColumnName
{
    public static string Of(int index)
    {
        var name = new StringBuilder();
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name.Insert(0, (char)('A' + ((i - 1) % 26)));
        }

        return name.ToString();
    }

    /// <summary>Reads the column of a cell reference; -1 when it has no letters or too many.</summary>
    public static int IndexOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return -1;
        }

        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                index = (index * 26) + (c - 'A' + 1);
                if (++letters > 3)
                {
                    return -1;
                }
            }
            else
            {
                break;
            }
        }

        return letters == 0 ? -1 : index - 1;
    }
}
