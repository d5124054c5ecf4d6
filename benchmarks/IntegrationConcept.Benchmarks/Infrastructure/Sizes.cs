using System.Globalization;

namespace IntegrationConcept.Benchmarks.Infrastructure;

/// <summary>
/// The data sizes (model elements) the benchmarks run at. The environment variable <c>IC_BENCH_SIZES</c>
/// (comma-separated, e.g. <c>1000</c>) replaces them; benchmarks/run-dry.sh uses that to keep CI fast.
/// </summary>
public static class Sizes
{
    /// <summary>10^3, 10^4, 10^5 and 10^6 elements.</summary>
    public static IEnumerable<int> All => FromEnvironment() ?? [1_000, 10_000, 100_000, 1_000_000];

    /// <summary>The sizes up to 10^5 (for peers that are quadratic in the plan's size).</summary>
    public static IEnumerable<int> UpTo100000 => All.Where(size => size <= 100_000);

    private static int[]? FromEnvironment()
        => Environment.GetEnvironmentVariable("IC_BENCH_SIZES") is { Length: > 0 } value
            ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
            : null;
}
