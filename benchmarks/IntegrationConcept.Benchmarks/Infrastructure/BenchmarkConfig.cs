using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Reports;

namespace IntegrationConcept.Benchmarks.Infrastructure;

/// <summary>The configuration every benchmark runs with (jobs come from the command line: --job short / dry).</summary>
public static class BenchmarkConfig
{
    /// <summary>Creates the configuration.</summary>
    public static IConfig Create() => ManualConfig.CreateEmpty()
        .AddColumnProvider(DefaultColumnProviders.Instance)
        .AddLogger(BenchmarkDotNet.Loggers.ConsoleLogger.Default)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(CategoriesColumn.Default)
        .AddColumn(new PerElementColumn())
        .AddColumn(new PerDocumentByteColumn())
        .AddExporter(MarkdownExporter.GitHub)
        .AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)
        .WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared))
        .WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend));
}
