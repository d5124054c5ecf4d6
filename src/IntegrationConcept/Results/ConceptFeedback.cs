using System.Collections.Generic;
using IntegrationConcept.Model;

namespace IntegrationConcept.Results;

/// <summary>What a district tells the city concept: deficits (goals it cannot operationalise) and potentials (goals beyond it).</summary>
public sealed record ConceptFeedback
{
    /// <summary>Creates feedback.</summary>
    /// <param name="deficits">City goals left uncovered or partly covered, in concept order.</param>
    /// <param name="potentials">District goals that refine no city goal, in plan order.</param>
    public ConceptFeedback(IEnumerable<Deficit>? deficits = null, IEnumerable<Potential>? potentials = null)
    {
        Deficits = deficits.ToValueList();
        Potentials = potentials.ToValueList();
    }

    /// <summary>Gets the deficits.</summary>
    public ValueList<Deficit> Deficits { get; }

    /// <summary>Gets the potentials.</summary>
    public ValueList<Potential> Potentials { get; }
}
