using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace IntegrationConcept.Rendering.Content;

/// <summary>The data a <see cref="FigureBlock"/> is drawn from, with every label already in the report's language.</summary>
internal abstract class Chart
{
}

/// <summary>One stacked bar per action field: its goals by grade.</summary>
internal sealed class CoverageBarChart(IReadOnlyList<CoverageBar> bars, IReadOnlyList<string> legend) : Chart
{
    public IReadOnlyList<CoverageBar> Bars { get; } = bars;

    /// <summary>The words for covered, partly covered, uncovered and out of scope, in that order.</summary>
    public IReadOnlyList<string> Legend { get; } = legend;
}

/// <summary>One bar: a label and its counts in the order of <see cref="CoverageBarChart.Legend"/>.</summary>
internal sealed record CoverageBar(string Label, int Covered, int PartlyCovered, int Uncovered, int OutOfScope);

/// <summary>An indicator over time: the planned path (baseline, then targets), the measurements and the evaluation date.</summary>
internal sealed class IndicatorChart(
    string unit,
    IReadOnlyList<(LocalDate Date, decimal Value)> planned,
    IReadOnlyList<(LocalDate Date, decimal Value)> measured,
    LocalDate evaluationDate,
    IndicatorChartLabels labels,
    CultureInfo culture) : Chart
{
    public string Unit { get; } = unit;

    public IReadOnlyList<(LocalDate Date, decimal Value)> Planned { get; } = planned;

    public IReadOnlyList<(LocalDate Date, decimal Value)> Measured { get; } = measured;

    public LocalDate EvaluationDate { get; } = evaluationDate;

    public IndicatorChartLabels Labels { get; } = labels;

    public CultureInfo Culture { get; } = culture;
}

/// <summary>The words of an indicator chart's legend.</summary>
internal sealed record IndicatorChartLabels(string Planned, string Measured, string EvaluationDate);

/// <summary>City goals (grouped by action field) × districts, one coloured cell with a symbol per grade.</summary>
internal sealed class HeatmapChart(IReadOnlyList<string> columns, IReadOnlyList<HeatmapGroup> groups, IReadOnlyList<string> legend) : Chart
{
    public IReadOnlyList<string> Columns { get; } = columns;

    public IReadOnlyList<HeatmapGroup> Groups { get; } = groups;

    /// <summary>The words for covered, partly covered, uncovered and out of scope, in that order.</summary>
    public IReadOnlyList<string> Legend { get; } = legend;
}

/// <summary>One action field in a heatmap: its label and its goals.</summary>
internal sealed record HeatmapGroup(string Label, IReadOnlyList<HeatmapRow> Rows);

/// <summary>One goal in a heatmap: its label (id and text) and its grade per column.</summary>
internal sealed record HeatmapRow(string Label, IReadOnlyList<Results.CoverageGrade> Grades);
