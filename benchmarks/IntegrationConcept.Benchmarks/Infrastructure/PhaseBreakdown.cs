using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text.Json;
using IntegrationConcept.Benchmarks.Data;
using IntegrationConcept.Benchmarks.Peer;
using IntegrationConcept.Checking;
using IntegrationConcept.Documents;

namespace IntegrationConcept.Benchmarks.Infrastructure;

/// <summary>
/// The <c>--phases</c> mode: times each step of reading and checking one data set by itself, repeated, with the
/// process's CPU time beside the wall time (on a shared machine the CPU time moves less: waiting for a core does
/// not count), the bytes allocated and the garbage collector's pause time. The <c>--loop</c> mode repeats one step
/// for a profiler (benchmarks/profile.sh runs it under dotnet-trace).
/// </summary>
public static class PhaseBreakdown
{
    // The library's internal direct plan reader, when it has one (a prototype measured by itself, through reflection).
    private delegate Model.DistrictPlan? DirectPlanReader(ReadOnlySpan<byte> utf8Json, bool allowUnknownMembers, int maxDepth);

    private static readonly DirectPlanReader? Direct = typeof(DocumentSerializer).Assembly
        .GetType("IntegrationConcept.Documents.Json.Direct.DistrictPlanDirectReader")
        ?.GetMethod("TryRead", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        ?.CreateDelegate<DirectPlanReader>();

    private sealed record Step(string Name, Func<object> Run, int Elements = 0, long Bytes = 0);

    /// <summary>
    /// Runs <c>--phases size [repeats] [steps]</c>, where <c>steps</c> is an optional comma-separated list of the
    /// steps' first words (as for <c>--loop</c>; the raw pass always runs first, as the floor); returns the exit code.
    /// </summary>
    public static int Run(string[] args, TextWriter output)
    {
        var size = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var only = args.Length > 2 ? args[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : null;
        var fixture = new Fixture(size);
        output.WriteLine($"size {size}: {fixture.Elements:N0} elements, {fixture.Bytes:N0} compact JSON bytes; GC {(GCSettings.IsServerGC ? "server" : "workstation")}; median of {repeats} repeats of at least 300 ms each; {Environment.ProcessorCount} cores");
        output.WriteLine("| step | wall ns/element | CPU ns/element | ÷ raw pass (CPU) | GC pause % of wall | allocated ÷ document bytes | gen0/1/2 collections per run |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---|");
        double? floor = null;
        foreach (var step in fixture.Steps())
        {
            var word = step.Name.Split(' ')[0];
            if (only is not null && word != "raw" && !only.Contains(word, StringComparer.Ordinal))
            {
                continue;
            }

            var m = Measure(step.Run, repeats);
            var elements = step.Elements > 0 ? step.Elements : fixture.Elements;
            var bytes = step.Bytes > 0 ? step.Bytes : fixture.Bytes;
            floor ??= m.Cpu / elements;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {step.Name} | {m.Wall / elements:N1} | {m.Cpu / elements:N1} | {m.Cpu / elements / floor:N2} | {100 * m.Pause / m.Wall:N0} | {(double)m.Allocated / bytes:N2} | {m.Gen0:0.##}/{m.Gen1:0.##}/{m.Gen2:0.##} |"));
        }

        return 0;
    }

    /// <summary>Runs <c>--loop step size seconds</c>: repeats one step (the first word of a step's name: raw, mirror, readconcept, readplan, read, check, readcheck, rulesengine, plain, matrix) for a profiler.</summary>
    public static int Loop(string[] args, TextWriter output)
    {
        var name = args[0];
        var size = int.Parse(args[1], CultureInfo.InvariantCulture);
        var seconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 20;
        var fixture = new Fixture(size);
        var step = fixture.Steps().First(s => s.Name.Split(' ')[0] == name);
        var watch = Stopwatch.StartNew();
        var n = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            GC.KeepAlive(step.Run());
            n++;
        }

        output.WriteLine($"{step.Name}: {n} runs in {watch.Elapsed.TotalSeconds:N1} s");
        return 0;
    }

    // Each repeat runs the step often enough to take at least 300 ms, because the process's CPU time is counted
    // in scheduler ticks (10 ms); the figures are per run of the step.
    private static (double Wall, double Cpu, double Pause, long Allocated, double Gen0, double Gen1, double Gen2) Measure(Func<object> run, int repeats)
    {
        // Warm-up until the step's methods run as optimized (tier-1) code: the runtime promotes a method after 30
        // calls, and compiles it on a background thread whose CPU time would otherwise land in the first repeats.
        // At least 2 runs, then up to 40 runs or 5 seconds, whichever comes first; the last run times one call.
        var warm = Stopwatch.StartNew();
        var warmRuns = 0;
        var last = TimeSpan.Zero;
        while (warmRuns < 2 || (warmRuns < 40 && warm.Elapsed.TotalSeconds < 5))
        {
            var before = warm.Elapsed;
            GC.KeepAlive(run());
            last = warm.Elapsed - before;
            warmRuns++;
        }

        Thread.Sleep(200); // let the background compilation of the last promotions finish
        var once = Math.Max(last.TotalMilliseconds, 0.001);
        var runs = (int)Math.Clamp(Math.Ceiling(300 / once), 1, 100_000);
        var wall = new double[repeats];
        var cpu = new double[repeats];
        var pause = new double[repeats];
        long allocated = 0;
        double g0 = 0, g1 = 0, g2 = 0;
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < repeats; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var c0 = GC.CollectionCount(0);
            var c1 = GC.CollectionCount(1);
            var c2 = GC.CollectionCount(2);
            var pause0 = GC.GetTotalPauseDuration();
            var bytes0 = GC.GetTotalAllocatedBytes(precise: true);
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var start = Stopwatch.GetTimestamp();
            for (var r = 0; r < runs; r++)
            {
                GC.KeepAlive(run());
            }

            wall[i] = Stopwatch.GetElapsedTime(start).TotalNanoseconds / runs;
            process.Refresh();
            cpu[i] = (process.TotalProcessorTime - cpu0).TotalNanoseconds / runs;
            pause[i] = (GC.GetTotalPauseDuration() - pause0).TotalNanoseconds / runs;
            allocated = (GC.GetTotalAllocatedBytes(precise: true) - bytes0) / runs;
            g0 = (double)(GC.CollectionCount(0) - c0) / runs;
            g1 = (double)(GC.CollectionCount(1) - c1) / runs;
            g2 = (double)(GC.CollectionCount(2) - c2) / runs;
        }

        return (Median(wall), Median(cpu), Median(pause), allocated, g0, g1, g2);
    }

    private static double Median(double[] values)
    {
        Array.Sort(values);
        return values.Length % 2 == 1 ? values[values.Length / 2] : (values[values.Length / 2 - 1] + values[values.Length / 2]) / 2;
    }

    private sealed class Fixture
    {
        private readonly DataSet _data;
        private readonly DataSet _matrix;
        private readonly byte[] _concept;
        private readonly byte[] _plan;
        private readonly CoverageChecker _checker = new();
        private readonly RulesEnginePeer _peer = new();

        public Fixture(int size)
        {
            _data = DataSet.SinglePlan(size);
            _matrix = DataSet.Matrix(size);
            _concept = CompactJson.Compact(DocumentSerializer.WriteCityConceptToUtf8Bytes(_data.Concept));
            _plan = CompactJson.Compact(DocumentSerializer.WriteDistrictPlanToUtf8Bytes(_data.Plans[0]));
            Elements = _data.Elements;
            Bytes = _concept.Length + _plan.Length;
        }

        public int Elements { get; }

        public long Bytes { get; }

        public IEnumerable<Step> Steps()
        {
            var options = DocumentChecks.LargeDocuments;
            var date = DocumentChecks.EvaluationDate;
            var concept = _data.Concept;
            var plan = _data.Plans[0];
            yield return new Step("raw (Utf8JsonReader pass)", () => RawJsonPass.Run(_concept) + RawJsonPass.Run(_plan));
            yield return new Step("mirror (System.Text.Json into plain classes)", () => (JsonSerializer.Deserialize(_concept, MirrorJsonContext.Default.MirrorCityConcept), JsonSerializer.Deserialize(_plan, MirrorJsonContext.Default.MirrorDistrictPlan)));
            yield return new Step("readconcept (city concept only)", () => DocumentSerializer.ReadCityConcept(_concept, options));
            yield return new Step("readplan (district plan only)", () => DocumentSerializer.ReadDistrictPlan(_plan, options));
            // The direct reader reads format 1 only and gives up (null) on the current format: then there is no such step.
            if (Direct is { } direct && direct(_plan, false, 64) is { } read)
            {
                if (!read.Equals(plan))
                {
                    throw new InvalidOperationException("The direct plan reader reads another plan than the DTO reader.");
                }

                yield return new Step("directplan (district plan only, internal direct reader)", () => direct(_plan, false, 64)!);
            }

            yield return new Step("read (both documents)", () => (DocumentSerializer.ReadCityConcept(_concept, options), DocumentSerializer.ReadDistrictPlan(_plan, options)));
            yield return new Step("check", () => _checker.Check(concept, plan, date));
            yield return new Step("readcheck (read + check)", () => _checker.Check(DocumentSerializer.ReadCityConcept(_concept, options), DocumentSerializer.ReadDistrictPlan(_plan, options), date));
            yield return new Step("rulesengine (peer, join in C#)", () => _peer.Evaluate(concept, plan));
            yield return new Step("plain (reference rules in C#)", () => ReferenceRules.Evaluate(concept, plan));
            yield return new Step("matrix (CheckAll; per element and byte of the matrix data)", () => _checker.CheckAll(_matrix.Concept, _matrix.Plans, date), _matrix.Elements, _matrix.CompactJsonBytes());
        }
    }
}
