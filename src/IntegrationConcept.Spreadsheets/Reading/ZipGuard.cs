using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;

namespace IntegrationConcept.Spreadsheets.Reading;

/// <summary>
/// Looks at a workbook's zip directory before anything is unpacked: too many entries, a part whose declared size is
/// over <see cref="SpreadsheetLimits.MaxPartBytes"/>, or a part over 1 MiB that compresses better than
/// <see cref="SpreadsheetLimits.MaxCompressionRatio"/> (a zip bomb) stop the import. The declared sizes can lie; the
/// SAX reader bounds the characters it actually reads per part as well.
/// </summary>
internal static class ZipGuard
{
    private const int MaxEntries = 10_000;
    private const long RatioCheckFrom = 1024 * 1024;

    public static bool Check(Stream workbook, string file, SpreadsheetLimits limits, List<SpreadsheetProblem> problems)
    {
        try
        {
            using var zip = new ZipArchive(workbook, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries)
            {
                problems.Add(new SpreadsheetProblem(SpreadsheetProblemCode.PartTooLarge, file, value: "[Content_Types]", detail: $"{zip.Entries.Count} entries > {MaxEntries}"));
                return false;
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                var ratio = entry.CompressedLength == 0 ? 0 : entry.Length / entry.CompressedLength;
                if (entry.Length > limits.MaxPartBytes || total > limits.MaxPartBytes * 4)
                {
                    problems.Add(new SpreadsheetProblem(SpreadsheetProblemCode.PartTooLarge, file, value: entry.FullName,
                        detail: string.Create(CultureInfo.InvariantCulture, $"{entry.Length} bytes > {limits.MaxPartBytes}")));
                    return false;
                }

                if (entry.Length > RatioCheckFrom && ratio > limits.MaxCompressionRatio)
                {
                    problems.Add(new SpreadsheetProblem(SpreadsheetProblemCode.PartTooLarge, file, value: entry.FullName,
                        detail: string.Create(CultureInfo.InvariantCulture, $"ratio {ratio}:1 > {limits.MaxCompressionRatio}:1")));
                    return false;
                }
            }

            return true;
        }
        catch (InvalidDataException e)
        {
            problems.Add(new SpreadsheetProblem(SpreadsheetProblemCode.UnreadableFile, file, detail: e.Message));
            return false;
        }
        finally
        {
            workbook.Position = 0;
        }
    }
}
