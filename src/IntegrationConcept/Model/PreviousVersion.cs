using System.Collections.Generic;
using IntegrationConcept.Internal;

namespace IntegrationConcept.Model;

/// <summary>
/// An earlier version (Fassung) of a city concept: its label, status, adoption and term, and the goals as they
/// stood in it. A goal keeps its id across versions; its wording and action field may differ per version.
/// </summary>
/// <remarks>
/// A city concept holds its current version (<see cref="CityConcept.Version"/> with <see cref="CityConcept.Goals"/>)
/// and its earlier ones (<see cref="CityConcept.PreviousVersions"/>), so that a district plan that took up an older
/// version can be told what changed for it (<see cref="CityConcept.ChangesSince"/>).
/// </remarks>
public sealed record PreviousVersion
{
    /// <summary>Creates an earlier version.</summary>
    /// <param name="version">The version: label, status, adoption date and body, term.</param>
    /// <param name="goals">The goals as they stood in this version.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="version"/> is <see langword="null"/>.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="goals"/> contains <see langword="null"/>.</exception>
    public PreviousVersion(ConceptVersion version, IEnumerable<Goal>? goals = null)
    {
        Version = Guard.NotNull(version);
        Goals = new ElementCollection<Goal>(goals);
    }

    /// <summary>Gets the version.</summary>
    public ConceptVersion Version { get; }

    /// <summary>Gets the goals as they stood in this version.</summary>
    public ElementCollection<Goal> Goals { get; }
}
