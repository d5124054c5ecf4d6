using BenchmarkDotNet.Running;
using IntegrationConcept.Benchmarks;
using IntegrationConcept.Benchmarks.Infrastructure;

if (args.Length > 0 && args[0] == "--verify")
{
    return Verification.Run(args.Skip(1).ToArray(), Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create());
return 0;
