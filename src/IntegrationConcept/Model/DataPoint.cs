using NodaTime;

namespace IntegrationConcept.Model;

/// <summary>
/// One value of an indicator at a date: its baseline, a target or a measurement.
/// A qualitative indicator's points carry a comment and no value.
/// </summary>
/// <remarks>
/// A value type (a <see langword="readonly"/> record struct), so that an indicator's targets and measurements are one
/// array of values rather than one object each; it compares by date, value and comment. An absent point (such as
/// <see cref="Indicator.Baseline"/> when there is none) is a <see cref="System.Nullable{T}"/> of it, never
/// <see langword="default"/>: <c>default(DataPoint)</c> is a point on the default date with neither value nor comment,
/// which the model's validation reports like any other point that lacks them.
/// </remarks>
public readonly record struct DataPoint
{
    /// <summary>Creates a data point.</summary>
    /// <param name="date">The date the value refers to.</param>
    /// <param name="value">The value, in the indicator's unit; <see langword="null"/> for a qualitative point.</param>
    /// <param name="comment">A comment; the assessment of a qualitative point.</param>
    public DataPoint(LocalDate date, decimal? value, string? comment = null)
    {
        Date = date;
        Value = value;
        Comment = comment;
    }

    /// <summary>Gets the date.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the value, or <see langword="null"/> for a qualitative point.</summary>
    public decimal? Value { get; }

    /// <summary>Gets the comment, if any.</summary>
    public string? Comment { get; }
}
