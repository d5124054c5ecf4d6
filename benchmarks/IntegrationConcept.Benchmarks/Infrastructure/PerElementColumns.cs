using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace IntegrationConcept.Benchmarks.Infrastructure;

/// <summary>The base of the two columns that divide a result by the size of the data (see <see cref="DataFacts"/>).</summary>
public abstract class DataFactsColumn : IColumn
{
    /// <inheritdoc/>
    public abstract string Id { get; }

    /// <inheritdoc/>
    public abstract string ColumnName { get; }

    /// <inheritdoc/>
    public abstract string Legend { get; }

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var size = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Size")?.Value as int?;
        var facts = size is null ? null : DataFacts.Read(benchmarkCase.Descriptor.Type, size.Value, benchmarkCase.Descriptor.WorkloadMethod.Name);
        var report = summary[benchmarkCase];
        if (facts is null || report is null)
        {
            return "?";
        }

        var value = Compute(report, benchmarkCase, facts);
        return value is null ? "-" : value.Value.ToString(value.Value >= 100 ? "N0" : "0.00", CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    /// <summary>Computes the value, or null when it does not apply.</summary>
    protected abstract double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, DataFacts facts);
}

/// <summary>Mean time divided by the elements of the data: ns per element.</summary>
public sealed class PerElementColumn : DataFactsColumn
{
    /// <inheritdoc/>
    public override string Id => "ns/element";

    /// <inheritdoc/>
    public override string ColumnName => "ns/element";

    /// <inheritdoc/>
    public override string Legend => "Mean time divided by the model elements of the data (see benchmarks/README.md)";

    /// <inheritdoc/>
    protected override double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, DataFacts facts)
        => report.ResultStatistics is { } stats && facts.Elements > 0 ? stats.Mean / facts.Elements : null;
}

/// <summary>Allocated bytes per operation divided by the JSON bytes of the documents.</summary>
public sealed class PerDocumentByteColumn : DataFactsColumn
{
    /// <inheritdoc/>
    public override string Id => "alloc/doc byte";

    /// <inheritdoc/>
    public override string ColumnName => "Alloc/doc byte";

    /// <inheritdoc/>
    public override string Legend => "Allocated bytes per operation divided by the compact UTF-8 JSON bytes of the documents (the size of the input, also for benchmarks that start from the model)";

    /// <inheritdoc/>
    protected override double? Compute(BenchmarkReport report, BenchmarkCase benchmarkCase, DataFacts facts)
        => report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } bytes && facts.DocumentBytes > 0
            ? (double)bytes / facts.DocumentBytes
            : null;
}
