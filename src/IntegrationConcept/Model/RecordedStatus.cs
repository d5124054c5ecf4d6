using NodaTime;

namespace IntegrationConcept.Model;

/// <summary>
/// The implementation status of a goal as the planners recorded it at a date, for example in an annual report.
/// It stands beside the coverage the rule engine computes; the report shows both.
/// </summary>
public sealed record RecordedStatus
{
    /// <summary>Creates a recorded status.</summary>
    /// <param name="status">The status.</param>
    /// <param name="asOf">The date the status was assessed.</param>
    /// <param name="comment">The planners' comment, if any.</param>
    public RecordedStatus(ImplementationStatus status, LocalDate asOf, string? comment = null)
    {
        Status = status;
        AsOf = asOf;
        Comment = comment;
    }

    /// <summary>Gets the status.</summary>
    public ImplementationStatus Status { get; }

    /// <summary>Gets the date the status was assessed.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the comment, if any.</summary>
    public string? Comment { get; }
}
