using System.Diagnostics;
using IntegrationConcept.Benchmarks.Data;

namespace IntegrationConcept.Benchmarks.Infrastructure;

/// <summary>The <c>--verify</c> mode: generates the data sets and checks that they are valid and deterministic.</summary>
public static class Verification
{
    /// <summary>Runs the checks; returns the process exit code (0 when all hold).</summary>
    public static int Run(string[] args, TextWriter output)
    {
        var sizes = args.Length > 0 ? args.Select(int.Parse).ToArray() : [1_000, 10_000];
        var failures = 0;
        foreach (var size in sizes)
        {
            var watch = Stopwatch.StartNew();
            var single = DataSet.SinglePlan(size);
            var again = DataSet.SinglePlan(size);
            var matrix = DataSet.Matrix(size);
            output.WriteLine($"size {size}: single plan {single.Elements} elements, matrix {matrix.Plans.Count} plans / {matrix.Elements} elements, generated in {watch.ElapsedMilliseconds} ms");
            failures += Expect(output, single.Concept.Equals(again.Concept) && single.Plans[0].Equals(again.Plans[0]), "same seed gives equal documents");
            failures += Expect(output, Math.Abs(single.Elements - size) <= size / 10 + 50, $"single plan element count {single.Elements} within 10 % of {size}");
            failures += Expect(output, Math.Abs(matrix.Elements - size) <= size / 5 + 300, $"matrix element count {matrix.Elements} near {size}");
            failures += DocumentChecks.Verify(single, output);
            failures += DocumentChecks.Verify(matrix, output);
        }

        output.WriteLine(failures == 0 ? "verify: all checks passed" : $"verify: {failures} check(s) FAILED");
        return failures == 0 ? 0 : 1;
    }

    internal static int Expect(TextWriter output, bool condition, string what)
    {
        output.WriteLine($"  {(condition ? "ok  " : "FAIL")} {what}");
        return condition ? 0 : 1;
    }
}
