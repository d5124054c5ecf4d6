namespace IntegrationConcept.Results;

/// <summary>How well a district plan covers a city element.</summary>
public enum CoverageGrade
{
    /// <summary>Covered: a district goal refines it and is operational (for a principle: a measure applies it).</summary>
    Covered,

    /// <summary>Partly covered: refined, but no refining district goal is operational; the missing criteria are named.</summary>
    PartlyCovered,

    /// <summary>Uncovered: nothing in the district plan takes it up.</summary>
    Uncovered,

    /// <summary>Out of scope: the district plan declares it not applicable; left out of the percentages.</summary>
    OutOfScope,
}
