using IntegrationConcept.Internal;
using NodaTime;

namespace IntegrationConcept.Model;

/// <summary>
/// The version of a city concept: Trier's draft of spring 2011, the council's adoption of 13 Dec 2011, an update.
/// </summary>
public sealed record ConceptVersion
{
    /// <summary>Creates a version.</summary>
    /// <param name="label">The label that district plans use to name this version, such as "2011-12".</param>
    /// <param name="status">Draft, adopted or updated.</param>
    /// <param name="adoptionDate">The date the version was adopted; expected when the status is not draft.</param>
    /// <param name="adoptedBy">The body that adopted it, such as "Stadtrat Trier".</param>
    /// <param name="validity">The period the version is valid for.</param>
    /// <param name="updates">The label of the earlier version this one updates.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="label"/> is <see langword="null"/>.</exception>
    public ConceptVersion(
        string label,
        ConceptStatus status,
        LocalDate? adoptionDate = null,
        string? adoptedBy = null,
        Timeframe? validity = null,
        string? updates = null)
    {
        Label = Guard.NotNull(label);
        Status = status;
        AdoptionDate = adoptionDate;
        AdoptedBy = adoptedBy;
        Validity = validity;
        Updates = updates;
    }

    /// <summary>Gets the label.</summary>
    public string Label { get; }

    /// <summary>Gets the status.</summary>
    public ConceptStatus Status { get; }

    /// <summary>Gets the adoption date, if adopted.</summary>
    public LocalDate? AdoptionDate { get; }

    /// <summary>Gets the body that adopted the version, if adopted.</summary>
    public string? AdoptedBy { get; }

    /// <summary>Gets the validity period, if set.</summary>
    public Timeframe? Validity { get; }

    /// <summary>Gets the label of the version this one updates, if any.</summary>
    public string? Updates { get; }
}
