using NodaTime;

namespace IntegrationConcept.Model;

/// <summary>
/// A span of calendar days with a start and an optional end (both inclusive); an open end means "until further notice".
/// </summary>
/// <remarks>
/// A timeframe whose end lies before its start can be constructed, so that a builder can report it together
/// with every other problem; a document that contains one is rejected when it is built.
/// </remarks>
public sealed record Timeframe
{
    /// <summary>Creates a timeframe.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, or <see langword="null"/> for an open end.</param>
    public Timeframe(LocalDate start, LocalDate? end = null)
    {
        Start = start;
        End = end;
    }

    /// <summary>Gets the first day.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last day, or <see langword="null"/> when the timeframe is open-ended.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets whether the timeframe has no end.</summary>
    public bool IsOpenEnded => End is null;

    /// <summary>Gets whether the end is not before the start.</summary>
    public bool IsWellFormed => End is not { } end || end >= Start;

    /// <summary>Tells whether a day lies in the timeframe.</summary>
    /// <param name="date">The day.</param>
    /// <returns><see langword="true"/> when <paramref name="date"/> is on or after the start and not after the end.</returns>
    public bool Contains(LocalDate date) => date >= Start && (End is not { } end || date <= end);

    /// <summary>Tells whether this timeframe lies entirely inside <paramref name="other"/>.</summary>
    /// <param name="other">The enclosing timeframe.</param>
    /// <returns><see langword="true"/> when every day of this timeframe lies in <paramref name="other"/>.</returns>
    public bool IsWithin(Timeframe other)
    {
        Internal.Guard.NotNull(other);
        if (Start < other.Start)
        {
            return false;
        }

        return other.End is not { } otherEnd || (End is { } end && end <= otherEnd);
    }

    /// <summary>Returns a copy with another end.</summary>
    /// <param name="end">The new end, or <see langword="null"/> for an open end.</param>
    /// <returns>The new timeframe.</returns>
    public Timeframe WithEnd(LocalDate? end) => new(Start, end);

    /// <summary>Formats the timeframe as ISO dates, such as <c>2011-09-01..2011-12-15</c> or <c>2011-09-01..</c>.</summary>
    /// <returns>The formatted timeframe.</returns>
    public override string ToString() => $"{Format(Start)}..{(End is { } e ? Format(e) : string.Empty)}";

    internal static string Format(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
