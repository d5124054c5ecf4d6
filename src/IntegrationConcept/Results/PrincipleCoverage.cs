using System;
using System.Collections.Generic;
using IntegrationConcept.Internal;
using IntegrationConcept.Model;

namespace IntegrationConcept.Results;

/// <summary>Whether a district plan applies one principle of the city concept: covered when a measure applies it.</summary>
public sealed record PrincipleCoverage
{
    /// <summary>Creates a principle's coverage.</summary>
    /// <param name="principleId">The principle.</param>
    /// <param name="name">Its short name.</param>
    /// <param name="grade">Covered, uncovered or out of scope.</param>
    /// <param name="measureIds">The measures that apply it, in document order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public PrincipleCoverage(ElementId<Principle> principleId, string name, CoverageGrade grade, IEnumerable<ElementId<Measure>>? measureIds = null)
    {
        PrincipleId = principleId;
        Name = Guard.NotNull(name);
        Grade = grade;
        MeasureIds = measureIds.ToValueList();
    }

    /// <summary>Gets the principle.</summary>
    public ElementId<Principle> PrincipleId { get; }

    /// <summary>Gets the short name.</summary>
    public string Name { get; }

    /// <summary>Gets the grade.</summary>
    public CoverageGrade Grade { get; }

    /// <summary>Gets the measures that apply it.</summary>
    public ValueList<ElementId<Measure>> MeasureIds { get; }
}
