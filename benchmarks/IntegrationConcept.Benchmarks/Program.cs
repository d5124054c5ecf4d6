using BenchmarkDotNet.Running;
using IntegrationConcept.Benchmarks.Infrastructure;

if (args.Length > 0 && args[0] == "--verify")
{
    return Verification.Run(args.Skip(1).ToArray(), Console.Out);
}

if (args.Length > 0 && args[0] == "--phases")
{
    return PhaseBreakdown.Run(args.Skip(1).ToArray(), Console.Out);
}

if (args.Length > 0 && args[0] == "--loop")
{
    return PhaseBreakdown.Loop(args.Skip(1).ToArray(), Console.Out);
}

if (args.Length == 3 && args[0] == "--write")
{
    // --write <size> <folder>: writes the generated single-plan documents of a size, to look at them.
    var data = IntegrationConcept.Benchmarks.Data.DataSet.SinglePlan(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    Directory.CreateDirectory(args[2]);
    File.WriteAllBytes(Path.Combine(args[2], "city-concept.json"), IntegrationConcept.Documents.DocumentSerializer.WriteCityConceptToUtf8Bytes(data.Concept));
    File.WriteAllBytes(Path.Combine(args[2], "district-plan.json"), IntegrationConcept.Documents.DocumentSerializer.WriteDistrictPlanToUtf8Bytes(data.Plans[0]));
    Console.WriteLine($"{data.Elements} elements written to {args[2]}");
    return 0;
}

if (args.Length == 3 && args[0] == "--write-matrix")
{
    // --write-matrix <size> <folder>: writes the matrix data set of a size (one concept, plans of 250 elements), for
    // timing `ikon matrix` as a whole process.
    var data = IntegrationConcept.Benchmarks.Data.DataSet.Matrix(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    Directory.CreateDirectory(args[2]);
    File.WriteAllBytes(Path.Combine(args[2], "city-concept.json"), IntegrationConcept.Documents.DocumentSerializer.WriteCityConceptToUtf8Bytes(data.Concept));
    for (var i = 0; i < data.Plans.Count; i++)
    {
        var name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"plan-{i + 1:D5}.json");
        File.WriteAllBytes(Path.Combine(args[2], name), IntegrationConcept.Documents.DocumentSerializer.WriteDistrictPlanToUtf8Bytes(data.Plans[i]));
    }

    Console.WriteLine($"{data.Elements} elements in a concept and {data.Plans.Count} plans written to {args[2]}");
    return 0;
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create()).ToList();

// A non-zero exit code when a benchmark failed (setup assertion, exception, build error), so CI notices.
var failed = summaries.Where(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success) || s.Reports.Length < s.BenchmarksCases.Length).ToList();
foreach (var summary in failed)
{
    Console.Error.WriteLine($"Benchmark run failed: {summary.Title}");
}

return failed.Count == 0 ? 0 : 1;
