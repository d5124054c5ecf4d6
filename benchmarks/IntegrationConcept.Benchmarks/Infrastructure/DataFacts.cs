using System.Globalization;

namespace IntegrationConcept.Benchmarks.Infrastructure;

/// <summary>
/// The element count and document bytes of the data a benchmark class ran on. The benchmark process writes them
/// in its [GlobalSetup]; the host process's columns read them (both run on this machine, so the temp folder is shared).
/// </summary>
/// <param name="Elements">The model elements (see <see cref="Data.ElementCounter"/>).</param>
/// <param name="DocumentBytes">The UTF-8 JSON bytes of the documents, or 0 when the class reads no JSON.</param>
public sealed record DataFacts(long Elements, long DocumentBytes)
{
    private static string Folder => Path.Combine(Path.GetTempPath(), "IntegrationConcept.Benchmarks");

    /// <summary>Stores the facts of a benchmark class at a size; with a method name, the facts of that method only
    /// (a method that runs on other data than the rest of its class, e.g. the matrix).</summary>
    public static void Write(Type benchmark, int size, DataFacts facts, string? method = null)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(PathOf(benchmark, size, method), string.Create(CultureInfo.InvariantCulture, $"{facts.Elements} {facts.DocumentBytes}"));
    }

    /// <summary>Reads the facts of a benchmark method at a size, if stored: the method's own, else its class's.</summary>
    public static DataFacts? Read(Type benchmark, int size, string? method = null)
    {
        var path = PathOf(benchmark, size, method);
        if (method is not null && !File.Exists(path))
        {
            path = PathOf(benchmark, size, null);
        }

        if (!File.Exists(path))
        {
            return null;
        }

        var parts = File.ReadAllText(path).Split(' ');
        return new DataFacts(long.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private static string PathOf(Type benchmark, int size, string? method)
        => Path.Combine(Folder, benchmark.Name + (method is null ? "" : "." + method) + "-" + size.ToString(CultureInfo.InvariantCulture) + ".txt");
}
