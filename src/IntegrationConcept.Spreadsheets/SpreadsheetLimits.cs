using System;

namespace IntegrationConcept.Spreadsheets;

/// <summary>
/// Bounds on what an import reads, so that a hostile or broken file (a zip bomb, a million rows, a giant cell) ends in a
/// clear problem within bounded time and memory instead of exhausting the machine.
/// </summary>
public sealed class SpreadsheetLimits
{
    /// <summary>Default for <see cref="MaxFileBytes"/>: 32 MiB.</summary>
    public const long DefaultMaxFileBytes = 32L * 1024 * 1024;

    /// <summary>Default for <see cref="MaxPartBytes"/>: 64 MiB uncompressed per part of a workbook.</summary>
    public const long DefaultMaxPartBytes = 64L * 1024 * 1024;

    /// <summary>Default for <see cref="MaxCompressionRatio"/>: 200.</summary>
    public const int DefaultMaxCompressionRatio = 200;

    /// <summary>Default for <see cref="MaxRows"/>: 10,000 data rows per sheet.</summary>
    public const int DefaultMaxRows = 10_000;

    /// <summary>Default for <see cref="MaxColumns"/>: 100 columns per row.</summary>
    public const int DefaultMaxColumns = 100;

    /// <summary>Creates limits.</summary>
    /// <param name="maxFileBytes">The largest file read, in bytes.</param>
    /// <param name="maxPartBytes">The largest uncompressed part (sheet, shared strings) of a workbook, in bytes.</param>
    /// <param name="maxCompressionRatio">The highest ratio of uncompressed to compressed size of a workbook part over 1 MiB.</param>
    /// <param name="maxRows">The most data rows per sheet or CSV file.</param>
    /// <param name="maxColumns">The most columns per row.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    public SpreadsheetLimits(
        long maxFileBytes = DefaultMaxFileBytes,
        long maxPartBytes = DefaultMaxPartBytes,
        int maxCompressionRatio = DefaultMaxCompressionRatio,
        int maxRows = DefaultMaxRows,
        int maxColumns = DefaultMaxColumns)
    {
        MaxFileBytes = Positive(maxFileBytes, nameof(maxFileBytes));
        MaxPartBytes = Positive(maxPartBytes, nameof(maxPartBytes));
        MaxCompressionRatio = (int)Positive(maxCompressionRatio, nameof(maxCompressionRatio));
        MaxRows = (int)Positive(maxRows, nameof(maxRows));
        MaxColumns = (int)Positive(maxColumns, nameof(maxColumns));
    }

    /// <summary>Gets the default limits.</summary>
    public static SpreadsheetLimits Default { get; } = new();

    /// <summary>Gets the largest file read, in bytes.</summary>
    /// <value>Default: <see cref="DefaultMaxFileBytes"/>.</value>
    public long MaxFileBytes { get; }

    /// <summary>Gets the largest uncompressed part of a workbook, in bytes.</summary>
    /// <value>Default: <see cref="DefaultMaxPartBytes"/>.</value>
    public long MaxPartBytes { get; }

    /// <summary>Gets the highest compression ratio of a workbook part over 1 MiB (zip bombs compress far better than real sheets).</summary>
    /// <value>Default: <see cref="DefaultMaxCompressionRatio"/>.</value>
    public int MaxCompressionRatio { get; }

    /// <summary>Gets the most data rows per sheet or CSV file.</summary>
    /// <value>Default: <see cref="DefaultMaxRows"/>.</value>
    public int MaxRows { get; }

    /// <summary>Gets the most columns per row.</summary>
    /// <value>Default: <see cref="DefaultMaxColumns"/>.</value>
    public int MaxColumns { get; }

    /// <summary>Returns a copy with another row limit.</summary>
    /// <param name="maxRows">The most data rows per sheet or file.</param>
    /// <returns>The new limits.</returns>
    public SpreadsheetLimits WithMaxRows(int maxRows) => new(MaxFileBytes, MaxPartBytes, MaxCompressionRatio, maxRows, MaxColumns);

    /// <summary>Returns a copy with another file size limit.</summary>
    /// <param name="maxFileBytes">The largest file read, in bytes.</param>
    /// <returns>The new limits.</returns>
    public SpreadsheetLimits WithMaxFileBytes(long maxFileBytes) => new(maxFileBytes, MaxPartBytes, MaxCompressionRatio, MaxRows, MaxColumns);

    /// <summary>Returns a copy with another part size limit.</summary>
    /// <param name="maxPartBytes">The largest uncompressed part of a workbook, in bytes.</param>
    /// <returns>The new limits.</returns>
    public SpreadsheetLimits WithMaxPartBytes(long maxPartBytes) => new(MaxFileBytes, maxPartBytes, MaxCompressionRatio, MaxRows, MaxColumns);

    private static long Positive(long value, string name)
        => value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "A limit must be positive.");
}
