using BenchmarkDotNet.Running;
using IntegrationConcept.Benchmarks.Infrastructure;

if (args.Length > 0 && args[0] == "--verify")
{
    return Verification.Run(args.Skip(1).ToArray(), Console.Out);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create()).ToList();

// A non-zero exit code when a benchmark failed (setup assertion, exception, build error), so CI notices.
var failed = summaries.Where(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success) || s.Reports.Length < s.BenchmarksCases.Length).ToList();
foreach (var summary in failed)
{
    Console.Error.WriteLine($"Benchmark run failed: {summary.Title}");
}

return failed.Count == 0 ? 0 : 1;
