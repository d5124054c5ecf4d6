using System.IO;
using System.Text;

namespace IntegrationConcept.Cli.Output;

/// <summary>Writes one text (a change report, a feedback document) to standard output or to a file.</summary>
internal static class TextOutput
{
    public static void Write(ToolConsole console, string? outPath, string text)
    {
        if (outPath is null)
        {
            console.Out.Write(text);
            console.Out.Flush();
            return;
        }

        var full = console.FullPath(outPath);
        try
        {
            var folder = Path.GetDirectoryName(full);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(full, text, new UTF8Encoding(false));
        }
        catch (IOException ex)
        {
            throw ToolException.Input($"Cannot write {outPath}: {ex.Message}");
        }
        catch (System.UnauthorizedAccessException ex)
        {
            throw ToolException.Input($"Cannot write {outPath}: {ex.Message}");
        }
    }
}
