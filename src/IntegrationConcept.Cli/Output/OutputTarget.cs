using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace IntegrationConcept.Cli.Output;

/// <summary>One rendered output and the file name it gets in a folder.</summary>
internal sealed record RenderedOutput(string FileName, byte[] Content);

/// <summary>Writes rendered outputs to standard output, one file, or a folder, as --out says.</summary>
internal static class OutputTarget
{
    public static void Write(ToolConsole console, ReportFormat format, string? outPath, IReadOnlyList<RenderedOutput> outputs)
    {
        if (outPath is null)
        {
            if (!format.IsText)
            {
                throw ToolException.Usage($"The format {format.Name} cannot be written to standard output; give --out FILE or --out DIR.");
            }

            if (outputs.Count > 1 && !format.Concatenates)
            {
                throw ToolException.Usage($"Several {format.Name} reports cannot follow one another on standard output; give --out DIR for one file per plan.");
            }

            for (var i = 0; i < outputs.Count; i++)
            {
                if (i > 0)
                {
                    console.Out.Write('\n');
                }

                console.Out.Write(Encoding.UTF8.GetString(outputs[i].Content));
            }

            console.Out.Flush();
            return;
        }

        var full = console.FullPath(outPath);
        var isFolder = outputs.Count > 1 || Directory.Exists(full) || outPath.EndsWith('/') || outPath.EndsWith('\\');
        try
        {
            if (isFolder)
            {
                Directory.CreateDirectory(full);
                foreach (var output in outputs)
                {
                    File.WriteAllBytes(Path.Combine(full, output.FileName), output.Content);
                }
            }
            else
            {
                var folder = Path.GetDirectoryName(full);
                if (!string.IsNullOrEmpty(folder))
                {
                    Directory.CreateDirectory(folder);
                }

                File.WriteAllBytes(full, outputs[0].Content);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw ToolException.Input($"Cannot write to '{outPath}': {ex.Message}", ex);
        }
    }
}
