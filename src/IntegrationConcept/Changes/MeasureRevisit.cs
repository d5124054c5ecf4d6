using System;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;

namespace IntegrationConcept.Changes;

/// <summary>A measure that applies a principle the concept update removed or reworded, and what to do about it.</summary>
public sealed record MeasureRevisit
{
    /// <summary>Creates a revisit.</summary>
    /// <param name="measureId">The measure.</param>
    /// <param name="name">Its name.</param>
    /// <param name="change">The change of the principle it applies (not an addition).</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="change"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="change"/> is an addition.</exception>
    public MeasureRevisit(ElementId<Measure> measureId, string name, PrincipleChange change)
    {
        MeasureId = measureId;
        Name = Guard.NotNull(name);
        Change = Guard.NotNull(change);
        Action = change.Kind switch
        {
            PrincipleChangeKind.Removed => RevisitAction.ReplacePrinciple,
            PrincipleChangeKind.Reworded => RevisitAction.CheckPrinciple,
            _ => throw new ArgumentException("An added principle gives no measure to revisit.", nameof(change)),
        };
    }

    /// <summary>Gets the measure.</summary>
    public ElementId<Measure> MeasureId { get; }

    /// <summary>Gets its name.</summary>
    public string Name { get; }

    /// <summary>Gets the change of the principle it applies.</summary>
    public PrincipleChange Change { get; }

    /// <summary>Gets what the district must do (derived from the change).</summary>
    public RevisitAction Action { get; }
}
